namespace PainDrip.Cli.Tests;

public sealed class ClassifyVerbTests
{
    [Fact]
    public async Task RunAsync_SeveralReplies_WritesOneExactLineEach()
    {
        var input = string.Join('\n',
            """{"id":"a1","text":"Pain 4/10, much better. Some tingling in my fingers though."}""",
            """{"id":"a2","text":"Same as last week.\n\nOn Mon, 2 Mar 2026, PainDrip <coach@paindrip.app> wrote:\n> Any chest pain?"}""",
            """{"id":"a3","text":"On holiday for two weeks, can we pause? Or just unsubscribe me."}""");

        var (code, lines, errors) = await RunAsync(input);

        Assert.Equal(0, code);
        Assert.Equal(
            [
                """{"id":"a1","painScore":4,"trend":"better","redFlags":["numbness_tingling"],"asksQuestion":false,"wantsStop":false,"wantsPause":false}""",
                """{"id":"a2","painScore":null,"trend":"same","redFlags":[],"asksQuestion":false,"wantsStop":false,"wantsPause":false}""",
                """{"id":"a3","painScore":null,"trend":"unknown","redFlags":[],"asksQuestion":true,"wantsStop":true,"wantsPause":true}""",
            ],
            lines);
        Assert.Equal("", errors);
    }

    [Fact]
    public async Task RunAsync_SeveralFlags_ListsThemInEnumOrder()
    {
        var (_, lines, _) = await RunAsync("""{"id":"b1","text":"my heart is racing and my chest feels tight"}""");

        Assert.Equal(
            """{"id":"b1","painScore":null,"trend":"unknown","redFlags":["chest_pain","heart_symptoms"],"asksQuestion":false,"wantsStop":false,"wantsPause":false}""",
            Assert.Single(lines));
    }

    [Fact]
    public async Task RunAsync_MalformedLine_ReportsItAndGoesOn()
    {
        var input = string.Join('\n',
            """{"id":"c1","text":"7/10"}""",
            """{"id":"c2","text":"I have numbness""",
            """{"id":"c3"}""",
            "[1,2]",
            """{"id":"c5","text":"2/10"}""");

        var (code, lines, _) = await RunAsync(input);

        Assert.Equal(1, code);
        Assert.Equal(5, lines.Length);
        Assert.StartsWith("""{"id":"c1","painScore":7,""", lines[0]);
        Assert.Equal("""{"id":null,"error":"line 2: not valid JSON"}""", lines[1]);
        Assert.Equal("""{"id":"c3","error":"line 3: the text field must be a string"}""", lines[2]);
        Assert.Equal("""{"id":null,"error":"line 4: expected a JSON object"}""", lines[3]);
        Assert.StartsWith("""{"id":"c5","painScore":2,""", lines[4]);
        Assert.DoesNotContain("numbness", string.Join('\n', lines));
    }

    [Fact]
    public async Task RunAsync_BlankLinesAndNoInput_WritesNothing()
    {
        var (code, lines, _) = await RunAsync("\n\n");

        Assert.Equal(0, code);
        Assert.Empty(lines);
    }

    [Fact]
    public async Task RunAsync_UnexpectedArgument_PrintsUsage()
    {
        var error = new StringWriter();

        var code = await ClassifyVerb.RunAsync(["--all"], new StringReader(""), new StringWriter(), error);

        Assert.Equal(2, code);
        Assert.Contains("Usage", error.ToString());
    }

    [Fact]
    public async Task RunAsync_ThousandsOfLines_StreamsEveryOne()
    {
        var input = string.Join('\n', Enumerable.Range(0, 2000).Select(i => $$"""{"id":"n{{i}}","text":"{{i % 11}}/10"}"""));

        var (code, lines, _) = await RunAsync(input);

        Assert.Equal(0, code);
        Assert.Equal(2000, lines.Length);
        Assert.StartsWith("""{"id":"n1999","painScore":8,""", lines[^1]);
    }

    private static async Task<(int Code, string[] Lines, string Errors)> RunAsync(string input)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter();
        var code = await ClassifyVerb.RunAsync([], new StringReader(input), output, error);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return (code, lines, error.ToString());
    }
}
