using System.Globalization;
using TextPipe.Language;

namespace TextPipe.Bench;

/// <summary>
/// Diagnostic: for each line of standard input prints the detector's ranking for the whole line and the best
/// language of each of its words alone, to see which words pull a mixed line towards the wrong language; and the
/// answer with its familiarity, to see why a line is `und`.
/// </summary>
internal sealed class LangIdExplainCommand : IBenchCommand
{
    public string Name => "langid-explain";

    public string Usage => "langid-explain < lines.txt   (ranking per line, best language per word)";

    public int Run(IReadOnlyList<string> args)
    {
        var detector = LanguageDetector.Load();
        string? line;
        while ((line = Console.In.ReadLine()) is not null)
        {
            var guess = detector.Detect(line);
            Console.WriteLine(line);
            Console.WriteLine("  => " + Format(guess, 4) + Familiarity(guess));
            var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(w => $"{w}:{Format(detector.Detect(w), 2)}");
            Console.WriteLine("  " + string.Join("  ", words));
        }
        return 0;
    }

    /// <summary>The answer, its confidence and the fit behind <c>und</c> for an unknown language.</summary>
    private static string Familiarity(LanguageGuess guess) => string.Create(CultureInfo.InvariantCulture,
        $"  answer {guess.Lang} confidence {guess.Confidence:F3} familiarity {guess.Familiarity:F3}")
        + (guess.Fit is { } fit
            ? string.Create(CultureInfo.InvariantCulture, $" ({fit.Lang}: {fit.LogLikelihoodPerCharacter:F2} nats/char over {fit.Characters}, {fit.KnownWords}/{fit.Words} words known)")
            : "")
        + (guess.RivalEvidence is { } rival ? $" rival {rival.Rival}: {rival.RivalWords} words against {rival.OwnWords}" : "");

    private static string Format(LanguageGuess guess, int count) =>
        string.Join(",", guess.Ranking.Take(count).Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Lang}{s.Score:F2}")));
}
