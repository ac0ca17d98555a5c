namespace TextPipe.Cleanup;

/// <summary>What a rule is, for <c>--rules</c>, <c>textpipe rules</c> and the README table.</summary>
/// <param name="Id">Stable kebab-case id (<c>image-links</c>); never renamed once released.</param>
/// <param name="Summary">One line saying what the rule does.</param>
/// <param name="Profiles">The profiles (<c>minimal</c>, <c>default</c>, <c>strict</c>) that switch the rule on.</param>
public sealed record RuleDescriptor(string Id, string Summary, IReadOnlySet<string> Profiles);
