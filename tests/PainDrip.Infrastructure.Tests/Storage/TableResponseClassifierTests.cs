using System.Net;
using System.Text;
using Azure.Core.Pipeline;
using PainDrip.Infrastructure.Storage;

namespace PainDrip.Infrastructure.Tests.Storage;

/// <summary>Drives the real pipeline over an in-process transport that answers from a script.</summary>
public sealed class TableResponseClassifierTests
{
    private readonly ScriptedHandler _handler = new();

    private TableClient NewTable()
    {
        var options = new TableClientOptions { Transport = new HttpClientTransport(new HttpClient(_handler)) };
        options.Retry.Delay = TimeSpan.FromMilliseconds(1);
        options.Retry.MaxDelay = TimeSpan.FromMilliseconds(5);
        return new TableServiceClient("UseDevelopmentStorage=true", options).GetTableClient("Enrollments");
    }

    [Theory]
    [InlineData(408)]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(503)]
    public async Task AddEntityAsync_TransientFailureThenSuccess_Retries(int transient)
    {
        _handler.Answer(transient).Answer(204);

        var response = await NewTable().AddEntityAsync(new TableEntity("p", "r"));

        Assert.Equal(204, response.Status);
        Assert.Equal(2, _handler.Requests.Count);
    }

    [Theory]
    [InlineData(400, "InvalidInput")]
    [InlineData(403, "AuthenticationFailed")]
    [InlineData(404, "TableNotFound")]
    [InlineData(409, "EntityAlreadyExists")]
    [InlineData(412, "UpdateConditionNotSatisfied")]
    public async Task AddEntityAsync_OtherClientError_FailsAtOnceWithCode(int status, string code)
    {
        _handler.Answer(status, code);

        var error = await Assert.ThrowsAsync<TableRequestException>(() => NewTable().AddEntityAsync(new TableEntity("p", "r")));

        Assert.Equal((status, code), (error.Status, error.ErrorCode));
        Assert.Single(_handler.Requests);
    }

    [Fact]
    public async Task AddEntityAsync_ServerBusyEveryTime_GivesUpAfterMaxRetriesWith503()
    {
        for (var i = 0; i < 10; i++)
        {
            _handler.Answer(503, "ServerBusy");
        }

        var error = await Assert.ThrowsAsync<TableRequestException>(() => NewTable().AddEntityAsync(new TableEntity("p", "r")));

        Assert.Equal(503, error.Status);
        Assert.Equal(1 + new TableClientOptions().Retry.MaxRetries, _handler.Requests.Count);
    }

    [Fact]
    public async Task AddEntityAsync_CodeOnlyInBody_ReadsItFromODataError()
    {
        _handler.Answer(409, code: null, body: """{"odata.error":{"code":"EntityAlreadyExists","message":{"lang":"en-US","value":"The specified entity already exists.\nRequestId:1"}}}""");

        var error = await Assert.ThrowsAsync<TableRequestException>(() => NewTable().AddEntityAsync(new TableEntity("p", "r")));

        Assert.Equal(TableErrorCode.EntityAlreadyExists, error.ErrorCode);
        Assert.Contains("The specified entity already exists.", error.Message);
        Assert.DoesNotContain("RequestId", error.Message);
    }

    [Fact]
    public async Task AddEntityAsync_EachAttempt_CarriesTableHeadersAndFreshSignature()
    {
        _handler.Answer(500).Answer(204);

        await NewTable().AddEntityAsync(new TableEntity("p", "r"));

        Assert.All(_handler.Requests, request =>
        {
            Assert.Equal("2019-02-02", request.Headers.GetValues("x-ms-version").Single());
            Assert.Contains("odata=minimalmetadata", request.Headers.GetValues("Accept").Single());
            Assert.StartsWith("SharedKeyLite devstoreaccount1:", request.Headers.GetValues("Authorization").Single());
            Assert.True(request.Headers.Contains("x-ms-date"));
            Assert.Null(request.Headers.Date);
        });
    }

    [Fact]
    public void IsRetriableStatus_OnlyTransientStatuses()
    {
        Assert.All(new[] { 408, 429, 500, 502, 503, 504 }, status => Assert.True(TableResponseClassifier.IsRetriableStatus(status)));
        Assert.All(new[] { 200, 204, 400, 401, 403, 404, 409, 412, 413, 501 }, status => Assert.False(TableResponseClassifier.IsRetriableStatus(status)));
    }

    private sealed class ScriptedHandler : HttpMessageHandler
    {
        private readonly Queue<(int Status, string? Code, string? Body)> _answers = new();

        public List<HttpRequestMessage> Requests { get; } = [];

        public ScriptedHandler Answer(int status, string? code = null, string? body = null)
        {
            _answers.Enqueue((status, code, body));
            return this;
        }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Add(request);
            var (status, code, body) = _answers.Dequeue();
            var response = new HttpResponseMessage((HttpStatusCode)status)
            {
                Content = new StringContent(body ?? "", Encoding.UTF8, "application/json"),
            };
            if (code is not null)
            {
                response.Headers.Add("x-ms-error-code", code);
            }
            return Task.FromResult(response);
        }
    }
}
