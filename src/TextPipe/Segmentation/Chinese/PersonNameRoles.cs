namespace TextPipe.Segmentation.Chinese;

/// <summary>
/// How strongly each character suggests a Chinese person name, as the log of how much likelier it is
/// as a surname (or as a given-name character) than in running text; from the person names of jieba's
/// dictionary (built into cws.bin by data/chinese/pack_cws.py). Immutable after load.
/// </summary>
internal sealed class PersonNameRoles
{
    /// <summary>Score of a character that never plays the role.</summary>
    public const float Never = -100f;

    private readonly float[] surname;
    private readonly float[] given;

    public PersonNameRoles(float[] surname, float[] given)
    {
        this.surname = surname;
        this.given = given;
    }

    public static float[] EmptyScores()
    {
        var scores = new float[65536];
        Array.Fill(scores, Never);
        return scores;
    }

    public float Surname(char c) => surname[c];

    public float Given(char c) => given[c];
}
