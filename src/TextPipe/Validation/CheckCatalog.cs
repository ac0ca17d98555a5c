using System.Collections.Immutable;
using TextPipe.Validation.Rules;

namespace TextPipe.Validation;

/// <summary>
/// Every check rule in the order reports list them: hygiene, length, languages, cleanup, quality, datasets, then the
/// rules judged across the set. Document rules are shared (they are pure); set rules are made anew for each run.
/// </summary>
public sealed class CheckCatalog
{
    /// <summary>Not a rule one configures: an input or row that could not be read fails the check under this id.</summary>
    public static readonly CheckRuleDescriptor ReadError = new("read-error", "input", "The input could be read and converted", CheckSeverity.Error, []);

    private readonly ImmutableArray<Func<ISetCheckRule>> setRuleFactories;

    public CheckCatalog(IEnumerable<IDocumentCheckRule> documentRules, IEnumerable<(CheckRuleDescriptor Descriptor, Func<ISetCheckRule> Create)> setRules)
    {
        DocumentRules = [.. documentRules];
        var set = setRules.ToList();
        setRuleFactories = [.. set.Select(s => s.Create)];
        Descriptors = [.. DocumentRules.Select(r => r.Descriptor), .. set.Select(s => s.Descriptor)];
    }

    public static CheckCatalog Default { get; } = new(
        [
            new ReplacementCharacterRule(), new ControlCharactersRule(), new PrivateUseRule(), new EncodingRule(),
            new LengthRule(),
            new LanguageRule(), new ScriptMixRule(),
            new CleanupResidueRule(), new CleanupFindingsRule(),
            new WordLengthRule(), new LinePunctuationRule(), new RepeatedLinesRule(), new RepeatedNgramsRule(), new SymbolRatioRule(), new CjkShareRule(),
            new RequiredFieldsRule(), new JsonSchemaRule(),
        ],
        [
            (ExactDuplicateRule.Describe(), () => new ExactDuplicateRule()),
            (NearDuplicateRule.Describe(), () => new NearDuplicateRule()),
            (UniqueIdsRule.Describe(), () => new UniqueIdsRule()),
        ]);

    public ImmutableArray<IDocumentCheckRule> DocumentRules { get; }

    /// <summary>Every rule's descriptor: document rules first, then set rules, each group in catalog order.</summary>
    public ImmutableArray<CheckRuleDescriptor> Descriptors { get; }

    public CheckRuleDescriptor? Find(string id) => Descriptors.FirstOrDefault(d => d.Id == id);

    public ImmutableArray<ISetCheckRule> CreateSetRules() => [.. setRuleFactories.Select(create => create())];
}
