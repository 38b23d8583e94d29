using System.Net;
using Azure.Core;
using Azure.Core.Pipeline;
using NSubstitute;
using PainDrip.Infrastructure.Storage;

namespace PainDrip.Infrastructure.Tests.Storage;

public sealed class TableStoragePipelineTests
{
    [Fact]
    public async Task ForToken_Request_CarriesBearerTokenForTheStorageScope()
    {
        var credential = Substitute.For<TokenCredential>();
        credential.GetTokenAsync(Arg.Any<TokenRequestContext>(), Arg.Any<CancellationToken>())
            .Returns(new ValueTask<AccessToken>(new AccessToken("token-123", DateTimeOffset.UtcNow.AddHours(1))));
        var handler = new RecordingHandler();
        var options = new TableClientOptions { Transport = new HttpClientTransport(new HttpClient(handler)) };
        var table = new TableClient(new Uri("https://paindrip.table.core.windows.net"), "Enrollments", credential, options);

        await table.DeleteEntityAsync("p", "r");

        var request = Assert.Single(handler.Requests);
        Assert.Equal("Bearer token-123", request.Headers.GetValues("Authorization").Single());
        Assert.Equal("/Enrollments(PartitionKey='p',RowKey='r')", request.RequestUri!.AbsolutePath);
        Assert.Equal("*", request.Headers.GetValues("If-Match").Single());
        await credential.Received().GetTokenAsync(
            Arg.Is<TokenRequestContext>(context => context.Scopes.SequenceEqual(new[] { "https://storage.azure.com/.default" })),
            Arg.Any<CancellationToken>());
    }

    private sealed class RecordingHandler : HttpMessageHandler
    {
        public List<HttpRequestMessage> Requests { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Add(request);
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.NoContent));
        }
    }
}
