using PainDrip.Infrastructure.Storage;

namespace PainDrip.Infrastructure.Tests.Storage;

public sealed class StorageConnectionStringTests
{
    private const string Key = "a2V5LWJ5dGVzLWZvci10ZXN0cw==";

    [Fact]
    public void Parse_UseDevelopmentStorage_PointsAtLocalAzurite()
    {
        var parsed = StorageConnectionString.Parse("UseDevelopmentStorage=true");

        Assert.Equal("devstoreaccount1", parsed.AccountName);
        Assert.Equal(StorageConnectionString.DevelopmentAccountKey, parsed.AccountKey);
        Assert.Equal(new Uri("http://127.0.0.1:10002/devstoreaccount1"), parsed.TableEndpoint);
    }

    [Fact]
    public void Parse_TableEndpoint_UsesItWithoutTrailingSlash()
    {
        var parsed = StorageConnectionString.Parse(
            $"DefaultEndpointsProtocol=http;AccountName=dev;AccountKey={Key};TableEndpoint=http://127.0.0.1:5555/dev/;");

        Assert.Equal(("dev", Key), (parsed.AccountName, parsed.AccountKey));
        Assert.Equal("http://127.0.0.1:5555/dev", parsed.TableEndpoint.AbsoluteUri.TrimEnd('/'));
        Assert.Equal("/dev", parsed.TableEndpoint.AbsolutePath);
    }

    [Fact]
    public void Parse_ProtocolAndSuffix_BuildsTheCloudEndpoint()
    {
        var parsed = StorageConnectionString.Parse(
            $"DefaultEndpointsProtocol=https;AccountName=paindrip;AccountKey={Key};EndpointSuffix=core.chinacloudapi.cn");

        Assert.Equal(new Uri("https://paindrip.table.core.chinacloudapi.cn"), parsed.TableEndpoint);
    }

    [Fact]
    public void Parse_NoProtocolOrSuffix_DefaultsToHttpsPublicCloud()
    {
        var parsed = StorageConnectionString.Parse($"accountname=paindrip;ACCOUNTKEY={Key}");

        Assert.Equal(new Uri("https://paindrip.table.core.windows.net"), parsed.TableEndpoint);
    }

    [Theory]
    [InlineData("")]
    [InlineData("AccountName=x")]
    [InlineData("AccountKey=a2V5")]
    [InlineData("AccountName=x;AccountKey=not*base64")]
    [InlineData("AccountName=x;AccountKey=a2V5;TableEndpoint=ftp://host")]
    [InlineData("justtext")]
    public void TryParse_Incomplete_FailsWithReason(string text)
    {
        Assert.False(StorageConnectionString.TryParse(text, out _, out var error));
        Assert.False(string.IsNullOrWhiteSpace(error));
    }

    [Fact]
    public void Parse_BadKey_MessageDoesNotContainTheKey()
    {
        var error = Assert.Throws<FormatException>(() => StorageConnectionString.Parse("AccountName=x;AccountKey=secret*value"));

        Assert.DoesNotContain("secret", error.Message);
    }

    [Fact]
    public void ToString_NeverShowsTheKey()
    {
        var parsed = StorageConnectionString.Parse($"AccountName=paindrip;AccountKey={Key}");

        Assert.DoesNotContain(Key, parsed.ToString());
    }
}
