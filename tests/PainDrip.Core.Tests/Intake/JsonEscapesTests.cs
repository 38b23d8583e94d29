using PainDrip.Core.Intake;

namespace PainDrip.Core.Tests.Intake;

public sealed class JsonEscapesTests
{
    [Theory]
    [InlineData("""{"a":"\ud800"}""", """{"a":"\uFFFD"}""")]
    [InlineData("""{"a":"\uDC00x"}""", """{"a":"\uFFFDx"}""")]
    [InlineData("""{"a":"\ud83d\ude00"}""", """{"a":"\ud83d\ude00"}""")]
    [InlineData("""{"a":"\ude00\ud83d"}""", """{"a":"\uFFFD\uFFFD"}""")]
    [InlineData("""{"a":"\u0041"}""", """{"a":"\u0041"}""")]
    public void RepairLoneSurrogates_Escapes_ReplacesOnlyUnpairedOnes(string json, string expected) =>
        Assert.Equal(expected, JsonEscapes.RepairLoneSurrogates(json));

    [Fact]
    public void RepairLoneSurrogates_Bytes_GiveTextSystemTextJsonCanRead()
    {
        var repaired = JsonEscapes.RepairLoneSurrogates("""["\ud800ok"]"""u8.ToArray());

        using var document = System.Text.Json.JsonDocument.Parse(repaired);
        Assert.Equal("\uFFFDok", document.RootElement[0].GetString());
    }
}
