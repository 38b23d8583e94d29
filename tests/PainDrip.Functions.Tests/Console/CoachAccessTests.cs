using PainDrip.Functions.Console;

namespace PainDrip.Functions.Tests.Console;

public sealed class CoachAccessTests
{
    [Fact]
    public void SignedInName_PrincipalWithUserName_ReturnsPreferredUserName()
    {
        Assert.Equal("coach@clinic.test", CoachAccess.SignedInName(ConsoleAppFactory.Principal("coach@clinic.test")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not base64!")]
    [InlineData("eyJub3QiOiJjbGFpbXMifQ==")] // {"not":"claims"}
    public void SignedInName_MissingOrMalformed_ReturnsNull(string header)
    {
        Assert.Null(CoachAccess.SignedInName(header));
    }
}
