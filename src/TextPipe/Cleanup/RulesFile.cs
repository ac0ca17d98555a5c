using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TextPipe.Cleanup;

/// <summary>
/// A rules file: the profile, rule adjustments and policies in YAML (JSON is valid YAML, so one parser reads
/// both). Command-line options given beside it win. Example:
/// <code>
/// profile: strict
/// rules: [-urls, +holes]
/// garbled_numbers: flag
/// urls: mask
/// keep_french_spacing: false
/// fullwidth_latin: all
/// </code>
/// </summary>
public sealed record RulesFile
{
    public static readonly IReadOnlyList<string> Keys = ["profile", "rules", "garbled_numbers", "urls", "keep_french_spacing", "fullwidth_latin"];

    public string? Profile { get; init; }

    /// <summary>Rule adjustments in the <c>--rules</c> syntax, joined with commas.</summary>
    public string? Rules { get; init; }

    public GarbledNumbersPolicy? GarbledNumbers { get; init; }

    public UrlPolicy? Urls { get; init; }

    public bool? KeepFrenchSpacing { get; init; }

    public FullWidthLatinPolicy? FullWidthLatin { get; init; }

    /// <summary>Parses a rules file; throws <see cref="FormatException"/> with the key or line at fault.</summary>
    public static RulesFile Parse(string text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new FormatException($"not valid YAML or JSON at line {e.Start.Line}: {e.Message}", e);
        }
        if (stream.Documents.Count == 0)
        {
            return new RulesFile();
        }
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new FormatException("a rules file is a mapping of settings (profile, rules, garbled_numbers, urls, keep_french_spacing, fullwidth_latin)");
        }
        var file = new RulesFile();
        foreach (var (keyNode, value) in root.Children)
        {
            string key = ((YamlScalarNode)keyNode).Value ?? "";
            file = key switch
            {
                "profile" => file with { Profile = Scalar(key, value) },
                "rules" => file with { Rules = value is YamlSequenceNode list ? string.Join(",", list.Children.Select(c => Scalar(key, c))) : Scalar(key, value) },
                "garbled_numbers" => file with { GarbledNumbers = Policy<GarbledNumbersPolicy>(key, value) },
                "urls" => file with { Urls = Policy<UrlPolicy>(key, value) },
                "keep_french_spacing" => file with { KeepFrenchSpacing = Boolean(key, value) },
                "fullwidth_latin" => file with { FullWidthLatin = Policy<FullWidthLatinPolicy>(key, value) },
                _ => throw new FormatException($"unknown setting '{key}'; valid settings: {string.Join(", ", Keys)}"),
            };
        }
        return file;
    }

    /// <summary>Options from this file: its profile (or <paramref name="defaultProfile"/>) and rules resolved in the catalog, then its policies.</summary>
    public CleanupOptions Resolve(RuleCatalog catalog, string defaultProfile)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var options = catalog.Resolve(Profile ?? defaultProfile, Rules);
        return options with
        {
            GarbledNumbers = GarbledNumbers ?? options.GarbledNumbers,
            Urls = Urls ?? options.Urls,
            KeepFrenchSpacing = KeepFrenchSpacing ?? options.KeepFrenchSpacing,
            FullWidthLatin = FullWidthLatin ?? options.FullWidthLatin,
        };
    }

    private static string Scalar(string key, YamlNode node) =>
        node is YamlScalarNode scalar && scalar.Value is not null
            ? scalar.Value
            : throw new FormatException($"'{key}' takes a single value");

    private static T Policy<T>(string key, YamlNode node)
        where T : struct, Enum
    {
        string value = Scalar(key, node);
        return Enum.TryParse<T>(value, ignoreCase: true, out var policy) && Enum.IsDefined(policy)
            ? policy
            : throw new FormatException($"'{key}' cannot be '{value}'; valid values: {string.Join(", ", Enum.GetNames<T>().Select(n => n.ToLowerInvariant()))}");
    }

    private static bool Boolean(string key, YamlNode node) =>
        bool.TryParse(Scalar(key, node), out bool value) ? value : throw new FormatException($"'{key}' takes true or false");
}
