using System.Text.Json;

namespace TextPipe.Tests.Cli;

/// <summary>
/// The CLI's runtime settings are part of its speed: without them the JIT spends a batch run compiling hot methods
/// again and again, and a second worker gains almost nothing (docs/benchmarks.md, "Tiered compilation"). These tests
/// keep a later edit of the project file from dropping them unnoticed.
/// </summary>
public sealed class RuntimeSettingsTests
{
    private static JsonElement ConfigProperties()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "textpipe.runtimeconfig.json");
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        return json.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties").Clone();
    }

    [Fact]
    public void Dynamic_pgo_is_off_for_the_cli()
    {
        Assert.False(ConfigProperties().GetProperty("System.Runtime.TieredPGO").GetBoolean());
    }

    [Fact]
    public void Hot_methods_are_promoted_without_the_call_counting_delay()
    {
        Assert.Equal(0, ConfigProperties().GetProperty("System.Runtime.TieredCompilation.CallCountingDelayMs").GetInt32());
    }

    [Fact]
    public void Workstation_background_gc_stays_as_measured_for_memory()
    {
        var properties = ConfigProperties();

        Assert.False(properties.GetProperty("System.GC.Server").GetBoolean());
        Assert.True(properties.GetProperty("System.GC.Concurrent").GetBoolean());
    }
}
