namespace TextPipe.Validation;

/// <summary>A rule judged on one document alone: pure and thread-safe, so documents are checked in parallel.</summary>
public interface IDocumentCheckRule
{
    CheckRuleDescriptor Descriptor { get; }

    void Check(CheckedDocument document, RuleSettings settings, ICollection<Finding> findings);
}

/// <summary>
/// A rule judged across the set (duplicates, unique ids). <see cref="Prepare"/> runs on the workers and keeps what the
/// rule needs of a document (a hash, a signature: never its text); <see cref="Observe"/> runs on one thread in input
/// order, so the findings are the same for any job count. A new instance serves each run.
/// </summary>
public interface ISetCheckRule
{
    CheckRuleDescriptor Descriptor { get; }

    object? Prepare(CheckedDocument document, RuleSettings settings);

    void Observe(CheckedDocument document, object? prepared, RuleSettings settings, ICollection<Finding> findings);
}
