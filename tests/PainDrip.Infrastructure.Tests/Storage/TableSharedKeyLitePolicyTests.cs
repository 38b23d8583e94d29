using Azure.Core;
using Azure.Core.Pipeline;
using PainDrip.Infrastructure.Storage;

namespace PainDrip.Infrastructure.Tests.Storage;

public sealed class TableSharedKeyLitePolicyTests
{
    private const string DevKey = StorageConnectionString.DevelopmentAccountKey;

    [Fact]
    public void CanonicalizedResource_PathStyleEmulatorUrl_RepeatsTheAccount() =>
        Assert.Equal(
            "/devstoreaccount1/devstoreaccount1/Tables",
            TableSharedKeyLitePolicy.CanonicalizedResource("devstoreaccount1", new Uri("http://127.0.0.1:10002/devstoreaccount1/Tables")));

    [Fact]
    public void CanonicalizedResource_QueryParameters_OnlyCompIsSigned()
    {
        var uri = new Uri("https://acct.table.core.windows.net/t()?$filter=PartitionKey%20eq%20%27a%27&comp=list&NextRowKey=x");

        Assert.Equal("/acct/t()?comp=list", TableSharedKeyLitePolicy.CanonicalizedResource("acct", uri));
    }

    [Fact]
    public void CanonicalizedResource_EncodedKeys_StayEncodedAsSent()
    {
        var uri = new Uri("https://acct.table.core.windows.net/t(PartitionKey='a%27%27b%20%C3%BC',RowKey='r')");

        Assert.Equal("/acct/t(PartitionKey='a%27%27b%20%C3%BC',RowKey='r')", TableSharedKeyLitePolicy.CanonicalizedResource("acct", uri));
    }

    [Fact]
    public void StringToSign_IsDateNewlineResource() =>
        Assert.Equal("Sat, 21 Nov 2026 09:30:00 GMT\n/acct/t", TableSharedKeyLitePolicy.StringToSign("Sat, 21 Nov 2026 09:30:00 GMT", "/acct/t"));

    [Fact]
    public void Sign_KnownInput_MatchesIndependentHmac()
    {
        var policy = new TableSharedKeyLitePolicy("devstoreaccount1", DevKey);

        // Expected value computed outside .NET (Python hmac/sha256) for this exact string.
        Assert.Equal(
            "24+Tu45s98XV0rN3cqQnJHj58U9i2FTHPUq3vDaWT10=",
            policy.Sign("Sat, 21 Nov 2026 09:30:00 GMT\n/devstoreaccount1/devstoreaccount1/Tables"));
    }

    [Fact]
    public void OnSendingRequest_SetsXMsDateAndAuthorizationButNoDate()
    {
        var clock = new FixedTime(new DateTimeOffset(2026, 11, 21, 9, 30, 0, TimeSpan.Zero));
        var policy = new TableSharedKeyLitePolicy("devstoreaccount1", DevKey, clock);
        var message = HttpPipelineBuilder.Build(new TableClientOptions()).CreateMessage();
        message.Request.Uri.Reset(new Uri("http://127.0.0.1:10002/devstoreaccount1/Enrollments(PartitionKey='a%27%27b',RowKey='r')"));

        policy.OnSendingRequest(message);

        Assert.True(message.Request.Headers.TryGetValue("x-ms-date", out var date));
        Assert.Equal("Sat, 21 Nov 2026 09:30:00 GMT", date);
        Assert.False(message.Request.Headers.Contains("Date"));
        Assert.True(message.Request.Headers.TryGetValue("Authorization", out var authorization));
        Assert.Equal("SharedKeyLite devstoreaccount1:pXMP34jBFbpWPGZ2oFBUTf7v7sKYDtfwtgnqbXuv4ZM=", authorization);
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
