using PainDrip.Functions.Standalone;

namespace PainDrip.Functions.Tests.Standalone;

public sealed class StandaloneModeTests
{
    private static readonly Func<string, string?> NoVariables = _ => null;

    [Fact]
    public void IsRequested_Flag_TrueAndFlagRemoved()
    {
        var requested = StandaloneMode.IsRequested(["--standalone", "--urls", "http://127.0.0.1:7071"], NoVariables, out var rest);

        Assert.True(requested);
        Assert.Equal(["--urls", "http://127.0.0.1:7071"], rest);
    }

    [Theory]
    [InlineData("true")]
    [InlineData("1")]
    public void IsRequested_EnvironmentVariable_True(string value)
    {
        Assert.True(StandaloneMode.IsRequested([], name => name == "PAINDRIP_STANDALONE" ? value : null, out _));
    }

    [Fact]
    public void IsRequested_SettingArgument_True()
    {
        Assert.True(StandaloneMode.IsRequested(["--PAINDRIP_STANDALONE=true"], NoVariables, out _));
    }

    [Theory]
    [InlineData()]
    [InlineData("--urls", "http://127.0.0.1:7071")]
    [InlineData("--PAINDRIP_STANDALONE=false")]
    public void IsRequested_NoSwitch_FalseWhateverElseIsThere(params string[] args)
    {
        // The host may start the worker without its usual arguments (placeholders): absence of them proves nothing.
        Assert.False(StandaloneMode.IsRequested(args, name => name == "PAINDRIP_STANDALONE" ? "no" : null, out var rest));
        Assert.Equal(args, rest);
    }
}
