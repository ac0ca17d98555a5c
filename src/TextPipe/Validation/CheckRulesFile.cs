using System.Collections.Immutable;
using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TextPipe.Validation;

/// <summary>
/// Reads a check rules file (YAML, or JSON, which is YAML) into a <see cref="CheckConfig"/>, walking YamlDotNet's
/// representation model (no reflection). Every mistake is a <see cref="FormatException"/> naming the line and the key.
/// <code>
/// rules:
///   length: { min_chars: 200, severity: warning }
///   language: { langs: [zh, en] }
///   near-duplicate: off
/// overrides:
///   - paths: ["fr/**"]
///     rules:
///       language: { langs: [fr] }
/// </code>
/// A rule's entry is a mapping of its settings (plus <c>enabled</c> and <c>severity</c>), or one word: on, off, error, warning.
/// </summary>
public static class CheckRulesFile
{
    public static readonly IReadOnlyList<string> TopKeys = ["rules", "overrides"];

    /// <summary>Parses <paramref name="text"/>; schema files named in it are read relative to <paramref name="baseDirectory"/>.</summary>
    public static CheckConfig Parse(string text, string baseDirectory, CheckCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        catalog ??= CheckCatalog.Default;
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"line {e.Start.Line}: not valid YAML or JSON: {e.Message}"), e);
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return new CheckConfig(catalog, new Dictionary<string, RuleSettingsPatch>(), []);
        }
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw Error(stream.Documents[0].RootNode, null, "a check rules file is a mapping with 'rules' and 'overrides'");
        }
        var reader = new Reader(catalog, baseDirectory);
        IReadOnlyDictionary<string, RuleSettingsPatch> rules = new Dictionary<string, RuleSettingsPatch>();
        var overrides = new List<PathOverride>();
        foreach (var (keyNode, value) in root.Children)
        {
            string key = KeyOf(keyNode);
            switch (key)
            {
                case "rules":
                    rules = reader.Rules(value, "rules");
                    break;
                case "overrides":
                    overrides.AddRange(reader.Overrides(value));
                    break;
                default:
                    throw Error(keyNode, key, $"unknown key; valid keys: {string.Join(", ", TopKeys)}");
            }
        }
        return new CheckConfig(catalog, rules, overrides);
    }

    private static string KeyOf(YamlNode node) =>
        node is YamlScalarNode { Value: { } value } ? value : throw Error(node, null, "a key must be a plain name");

    private static FormatException Error(YamlNode node, string? key, string message) =>
        new(string.Create(CultureInfo.InvariantCulture, $"line {node.Start.Line}{(key is null ? "" : $", key '{key}'")}: {message}"));

    private sealed class Reader(CheckCatalog catalog, string baseDirectory)
    {
        public Dictionary<string, RuleSettingsPatch> Rules(YamlNode node, string key)
        {
            if (node is not YamlMappingNode mapping)
            {
                throw Error(node, key, "takes a mapping of rule ids to their settings");
            }
            var rules = new Dictionary<string, RuleSettingsPatch>(StringComparer.Ordinal);
            foreach (var (idNode, value) in mapping.Children)
            {
                string id = KeyOf(idNode);
                var rule = catalog.Find(id) ?? throw Error(idNode, id,
                    $"unknown check rule; valid rules: {string.Join(", ", catalog.Descriptors.Select(d => d.Id))}");
                rules[id] = Rule(rule, value);
            }
            return rules;
        }

        public IEnumerable<PathOverride> Overrides(YamlNode node)
        {
            if (node is not YamlSequenceNode list)
            {
                throw Error(node, "overrides", "takes a list of {paths: [globs], rules: {...}}");
            }
            foreach (var item in list.Children)
            {
                if (item is not YamlMappingNode entry)
                {
                    throw Error(item, "overrides", "each override is a mapping with 'paths' and 'rules'");
                }
                List<string>? globs = null;
                Dictionary<string, RuleSettingsPatch>? rules = null;
                foreach (var (keyNode, value) in entry.Children)
                {
                    string key = KeyOf(keyNode);
                    switch (key)
                    {
                        case "paths":
                            globs = [.. Texts(key, value)];
                            break;
                        case "rules":
                            rules = Rules(value, key);
                            break;
                        default:
                            throw Error(keyNode, key, "unknown key in an override; valid keys: paths, rules");
                    }
                }
                if (globs is null || globs.Count == 0)
                {
                    throw Error(item, "paths", "an override needs 'paths' with at least one glob");
                }
                yield return new PathOverride(globs, rules ?? []);
            }
        }

        private RuleSettingsPatch Rule(CheckRuleDescriptor rule, YamlNode node)
        {
            if (node is YamlScalarNode { Value: { } word })
            {
                return word.ToLowerInvariant() switch
                {
                    "on" or "true" => RuleSettingsPatch.Empty with { Enabled = true },
                    "off" or "false" => RuleSettingsPatch.Empty with { Enabled = false },
                    "error" => RuleSettingsPatch.Empty with { Enabled = true, Severity = CheckSeverity.Error },
                    "warning" => RuleSettingsPatch.Empty with { Enabled = true, Severity = CheckSeverity.Warning },
                    _ => throw Error(node, rule.Id, "takes on, off, error, warning or a mapping of settings"),
                };
            }
            if (node is not YamlMappingNode mapping)
            {
                throw Error(node, rule.Id, "takes on, off, error, warning or a mapping of settings");
            }
            bool? enabled = null;
            CheckSeverity? severity = null;
            var values = ImmutableDictionary.CreateBuilder<string, object?>(StringComparer.Ordinal);
            foreach (var (keyNode, value) in mapping.Children)
            {
                string key = KeyOf(keyNode);
                if (key == "enabled")
                {
                    enabled = Scalar(key, value).ToLowerInvariant() switch
                    {
                        "true" or "on" => true,
                        "false" or "off" => false,
                        _ => throw Error(value, key, "takes true or false"),
                    };
                }
                else if (key == "severity")
                {
                    severity = Scalar(key, value).ToLowerInvariant() switch
                    {
                        "error" => CheckSeverity.Error,
                        "warning" => CheckSeverity.Warning,
                        _ => throw Error(value, key, "takes error or warning"),
                    };
                }
                else
                {
                    var parameter = rule.Parameter(key) ?? throw Error(keyNode, key,
                        $"unknown setting of rule {rule.Id}; its settings: {string.Join(", ", ["enabled", "severity", .. rule.Parameters.Select(p => p.Key)])}");
                    values[key] = Value(parameter, value);
                }
            }
            return new RuleSettingsPatch(enabled, severity, values.ToImmutable());
        }

        private object? Value(CheckParameter parameter, YamlNode node)
        {
            string key = parameter.Key;
            switch (parameter.Kind)
            {
                case CheckParameterKind.Number:
                    return Number(key, node);
                case CheckParameterKind.Boolean:
                    return bool.TryParse(Scalar(key, node), out bool flag) ? flag : throw Error(node, key, "takes true or false");
                case CheckParameterKind.Text:
                    return Scalar(key, node);
                case CheckParameterKind.TextList:
                    return Texts(key, node).ToImmutableArray();
                case CheckParameterKind.TextMap:
                    if (node is not YamlMappingNode map)
                    {
                        throw Error(node, key, "takes a mapping of names to values");
                    }
                    var texts = map.Children.ToImmutableDictionary(p => KeyOf(p.Key), p => Scalar(key, p.Value), StringComparer.Ordinal);
                    foreach (var (name, type) in texts.Where(t => parameter.Allowed is not null && !parameter.Allowed.Contains(t.Value)))
                    {
                        throw Error(node, key, $"'{name}: {type}': valid values: {string.Join(", ", parameter.Allowed!)}");
                    }
                    return texts;
                case CheckParameterKind.NumberMap:
                    if (node is not YamlMappingNode numbers)
                    {
                        throw Error(node, key, "takes a mapping of names to numbers");
                    }
                    return numbers.Children.ToImmutableDictionary(p => KeyOf(p.Key), p => Number(key, p.Value), StringComparer.Ordinal);
                case CheckParameterKind.SchemaFile:
                    string path = Path.Combine(baseDirectory, Scalar(key, node));
                    try
                    {
                        return JsonSchema.Parse(File.ReadAllText(path));
                    }
                    catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
                    {
                        throw Error(node, key, $"schema {path}: {e.Message}");
                    }
                default:
                    throw Error(node, key, "unsupported setting");
            }
        }

        private static double Number(string key, YamlNode node)
        {
            string text = Scalar(key, node);
            return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double number) && double.IsFinite(number) && number >= 0
                ? number
                : throw Error(node, key, $"takes a number of 0 or more, not '{text}'");
        }

        private static string Scalar(string key, YamlNode node) =>
            node is YamlScalarNode { Value: { } value } ? value : throw Error(node, key, "takes a single value");

        private static List<string> Texts(string key, YamlNode node) =>
            node is YamlSequenceNode list ? list.Children.Select(c => Scalar(key, c)).ToList()
            : [Scalar(key, node)];
    }
}
