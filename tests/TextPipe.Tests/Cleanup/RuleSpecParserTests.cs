namespace TextPipe.Tests.Cleanup;

public class RuleSpecParserTests
{
    [Fact]
    public void Each_level_three_section_with_input_and_output_fences_is_one_example()
    {
        const string spec = "# demo\n\nProse.\n\n### First\n\nWhy.\n\n```input\na  b\n\nc\n```\n\n```output\na b\n\nc\n```\n\n### Prose only\n\nNo fences here.\n\n### Second\n```input\nx\n```\n```output\ny\n```\n";

        var examples = RuleSpecTests.Parse("demo", spec).ToList();

        Assert.Equal(2, examples.Count);
        Assert.Equal("First", examples[0].Name);
        Assert.Equal("a  b\n\nc", examples[0].Input);
        Assert.Equal("a b\n\nc", examples[0].Output);
        Assert.Equal("y", examples[1].Output);
    }
}
