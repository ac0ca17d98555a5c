using System.Collections.Immutable;

namespace TextPipe.Cleanup;

/// <summary>
/// Every rule the product has, in the order they run, and the profiles that choose among them. Feeds
/// <c>--rules</c>, <c>--profile</c>, <c>textpipe rules</c> and the README table.
/// </summary>
public sealed class RuleCatalog
{
    public static readonly ImmutableArray<string> ProfileNames = ["minimal", "default", "strict"];

    public RuleCatalog(IEnumerable<ICleanupRule> rules)
    {
        Rules = [.. rules];
        var duplicate = Rules.GroupBy(r => r.Descriptor.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"two rules share the id '{duplicate.Key}'");
        }
    }

    /// <summary>Rules in the order they run: each later rule sees what the earlier ones left.</summary>
    public ImmutableArray<ICleanupRule> Rules { get; }

    public IEnumerable<string> Ids => Rules.Select(r => r.Descriptor.Id);

    /// <summary>
    /// Options for a profile, adjusted by a rules spec: a comma list where <c>+id</c> adds a rule, <c>-id</c>
    /// removes one, and bare ids (<c>image-links,urls</c>) choose exactly those rules. Throws
    /// <see cref="ArgumentException"/> naming the valid ids or profiles for anything unknown.
    /// </summary>
    public CleanupOptions Resolve(string profile, string? spec)
    {
        if (!ProfileNames.Contains(profile))
        {
            throw new ArgumentException($"unknown profile '{profile}'; valid profiles: {string.Join(", ", ProfileNames)}");
        }
        var enabled = Rules.Where(r => r.Descriptor.Profiles.Contains(profile)).Select(r => r.Descriptor.Id).ToHashSet(StringComparer.Ordinal);
        var items = (spec ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (items.Any(i => i[0] is not ('+' or '-')))
        {
            enabled.Clear();
        }
        foreach (var item in items)
        {
            string id = item.TrimStart('+', '-');
            if (!Ids.Contains(id, StringComparer.Ordinal))
            {
                throw new ArgumentException($"unknown rule '{id}'; valid rules: {string.Join(", ", Ids)}");
            }
            if (item[0] == '-')
            {
                enabled.Remove(id);
            }
            else
            {
                enabled.Add(id);
            }
        }
        return new CleanupOptions
        {
            Profile = profile,
            EnabledRules = enabled.ToImmutableHashSet(StringComparer.Ordinal),
            GarbledNumbers = profile == "strict" ? GarbledNumbersPolicy.Drop : profile == "minimal" ? GarbledNumbersPolicy.Flag : GarbledNumbersPolicy.Drop,
            Urls = profile == "strict" ? UrlPolicy.Remove : UrlPolicy.Keep,
            // Minimal keeps the author's characters: full-width Latin is a style choice like full-width punctuation.
            FullWidthLatin = profile == "minimal" ? FullWidthLatinPolicy.Keep : FullWidthLatinPolicy.Chinese,
        };
    }

    public IEnumerable<ICleanupRule> Enabled(CleanupOptions options) =>
        Rules.Where(r => options.IsEnabled(r.Descriptor.Id));
}
