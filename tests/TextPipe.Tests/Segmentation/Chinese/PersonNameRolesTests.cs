using TextPipe.Segmentation.Chinese;

namespace TextPipe.Tests.Segmentation.Chinese;

public sealed class PersonNameRolesTests
{
    private static readonly PersonNameRoles Roles = ChineseSegmenterData.Default.Names;

    [Fact]
    public void Common_surnames_score_far_above_their_rate_in_text()
    {
        Assert.True(Roles.Surname('王') > 2.5f);
        Assert.True(Roles.Surname('欧') > Roles.Surname('国'));
    }

    [Fact]
    public void Function_characters_never_start_a_name()
    {
        Assert.Equal(PersonNameRoles.Never, Roles.Surname('的'));
        Assert.Equal(PersonNameRoles.Never, Roles.Surname('是'));
    }

    [Fact]
    public void Given_name_characters_outscore_verbs_and_particles()
    {
        Assert.True(Roles.Given('华') > Roles.Given('说'));
        Assert.True(Roles.Given('峰') > Roles.Given('了'));
    }

    [Fact]
    public void Characters_outside_the_table_never_play_a_role()
    {
        Assert.Equal(PersonNameRoles.Never, Roles.Surname('A'));
        Assert.Equal(PersonNameRoles.Never, Roles.Given('。'));
    }
}
