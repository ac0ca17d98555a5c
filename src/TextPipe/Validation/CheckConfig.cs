using System.Collections.Immutable;
using Microsoft.Extensions.FileSystemGlobbing;

namespace TextPipe.Validation;

/// <summary>
/// The check's configuration: per rule what the rules file sets, then overrides for paths matching globs (later
/// overrides win). A glob without a slash matches a file name at any depth, as <c>--include</c> does.
/// </summary>
public sealed class CheckConfig
{
    private readonly ImmutableArray<RuleSettings> baseSettings;
    private readonly ImmutableArray<PathOverride> overrides;

    public CheckConfig(CheckCatalog catalog, IReadOnlyDictionary<string, RuleSettingsPatch> rules, IEnumerable<PathOverride> overrides)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(rules);
        Catalog = catalog;
        baseSettings = [.. catalog.Descriptors.Select(d => rules.TryGetValue(d.Id, out var patch) ? RuleSettings.Defaults(d).With(patch) : RuleSettings.Defaults(d))];
        this.overrides = [.. overrides];
    }

    public static CheckConfig Default { get; } = new(CheckCatalog.Default, new Dictionary<string, RuleSettingsPatch>(), []);

    public CheckCatalog Catalog { get; }

    /// <summary>
    /// The settings of every rule of the catalog (in catalog order) for a document from <paramref name="source"/> (the
    /// path as given), found at <paramref name="relativePath"/> under a directory given: an override applies when
    /// either matches, so <c>zh/**</c> works whether the corpus was given as <c>corpus/</c> or its files one by one.
    /// </summary>
    public ImmutableArray<RuleSettings> For(string source, string? relativePath = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (overrides.IsEmpty)
        {
            return baseSettings;
        }
        var matching = overrides.Where(o => o.Matches(source) || (relativePath is not null && o.Matches(relativePath))).ToList();
        if (matching.Count == 0)
        {
            return baseSettings;
        }
        return [.. baseSettings.Select(settings => matching.Aggregate(settings, (s, o) => o.Rules.TryGetValue(s.Rule.Id, out var patch) ? s.With(patch) : s))];
    }

    /// <summary>The settings for the whole set (cross-document rules cannot differ by path: a pair has two paths).</summary>
    public ImmutableArray<RuleSettings> ForSet() => baseSettings;
}

/// <summary>Rule settings for the paths that match any of <see cref="Globs"/>.</summary>
public sealed class PathOverride
{
    private readonly Matcher matcher = new(StringComparison.Ordinal);

    public PathOverride(IReadOnlyList<string> globs, IReadOnlyDictionary<string, RuleSettingsPatch> rules)
    {
        ArgumentNullException.ThrowIfNull(globs);
        Globs = globs;
        Rules = rules;
        foreach (var glob in globs)
        {
            // "zh/**" means everything under zh/, but the matcher wants a file segment after "**".
            string pattern = glob.EndsWith("**", StringComparison.Ordinal) ? glob + "/*" : glob;
            matcher.AddInclude(pattern.Contains('/', StringComparison.Ordinal) ? pattern : "**/" + pattern);
        }
    }

    public IReadOnlyList<string> Globs { get; }

    public IReadOnlyDictionary<string, RuleSettingsPatch> Rules { get; }

    public bool Matches(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        string path = source.Replace('\\', '/');
        while (path.StartsWith("./", StringComparison.Ordinal))
        {
            path = path[2..];
        }
        return matcher.Match(path.TrimStart('/')).HasMatches;
    }
}
