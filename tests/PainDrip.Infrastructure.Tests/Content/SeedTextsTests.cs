using PainDrip.Infrastructure.Content;

namespace PainDrip.Infrastructure.Tests.Content;

public class SeedTextsTests
{
    private static readonly SeedTexts Seeds = new([
        KeyValuePair.Create("ice.txt", "Never apply ice directly to the skin; frostbite risk rises after twenty minutes."),
        KeyValuePair.Create("ball.txt", "Lean into the spasm with a tennis ball between your back and a wall."),
    ]);

    [Fact]
    public void Words_CasePunctuationAndApostrophes_AreIgnored() =>
        Assert.Equal(["dont", "apply", "ice", "to", "skin", "4", "7", "8"],
            SeedTexts.Words("**Don\u2019t** apply ICE -- to skin! 4-7-8"));

    [Fact]
    public void SharedRuns_EightWordsCopiedAcrossPunctuationAndCase_Found() =>
        Assert.Equal([("never apply ice directly to the skin frostbite", "ice.txt")],
            Seeds.SharedRuns("Please never apply ICE directly to the skin. Frostbite is real."));

    [Fact]
    public void SharedRuns_SevenWordsInARow_NotFound() =>
        Assert.Empty(Seeds.SharedRuns("Never apply ice directly to the skin, because it can burn."));

    [Fact]
    public void SharedRuns_SameWordsReworded_NotFound() =>
        Assert.Empty(Seeds.SharedRuns("Keep a thin towel between the ice pack and your skin, and stop after twenty minutes."));

    [Fact]
    public void SharedRuns_RunsFromTwoSeeds_EachNamesItsSeed() =>
        Assert.Equal(
            [
                ("never apply ice directly to the skin frostbite", "ice.txt"),
                ("with a tennis ball between your back and", "ball.txt"),
                ("a tennis ball between your back and a", "ball.txt"),
                ("tennis ball between your back and a wall", "ball.txt"),
            ],
            Seeds.SharedRuns("Never apply ice directly to the skin, frostbite! Then stand with a tennis ball between your back and a wall."));

    [Fact]
    public void Load_Folder_ReadsEveryFileByName()
    {
        using var folder = new TempLessonFolder();
        folder.Write("a.txt", "one two three four five six seven eight nine");
        folder.Write("b.md", "alpha beta gamma delta epsilon zeta eta theta");

        var seeds = SeedTexts.Load(folder.Path);

        Assert.Equal(2, seeds.Count);
        Assert.Equal([("alpha beta gamma delta epsilon zeta eta theta", "b.md")],
            seeds.SharedRuns("Alpha, beta, gamma, delta, epsilon, zeta, eta, theta."));
    }
}
