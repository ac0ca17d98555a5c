namespace TextPipe.Cleanup;

/// <summary>
/// One cleanup rule. It changes a document only through <see cref="CleanupContext"/>, which records every
/// change as an edit, so nothing leaves without a trace. Rules are stateless and thread-safe: one instance
/// serves every document of a run.
/// </summary>
public interface ICleanupRule
{
    RuleDescriptor Descriptor { get; }

    void Apply(CleanupContext context);
}
