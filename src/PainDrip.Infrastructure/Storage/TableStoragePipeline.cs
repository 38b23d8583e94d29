using Azure.Core;
using Azure.Core.Pipeline;

namespace PainDrip.Infrastructure.Storage;

/// <summary>Builds the Azure.Core pipeline shared by a service client and its table clients.</summary>
internal static class TableStoragePipeline
{
    public const string TokenScope = "https://storage.azure.com/.default";

    public static HttpPipeline ForSharedKey(StorageConnectionString connection, TableClientOptions options) =>
        Build(options, new TableSharedKeyLitePolicy(connection.AccountName, connection.AccountKey));

    public static HttpPipeline ForToken(TokenCredential credential, TableClientOptions options) =>
        Build(options, new BearerTokenAuthenticationPolicy(credential, TokenScope));

    private static HttpPipeline Build(TableClientOptions options, HttpPipelinePolicy authentication) =>
        HttpPipelineBuilder.Build(
            options,
            perCallPolicies: [new TableHeadersPolicy(options.ServiceVersion)],
            perRetryPolicies: [authentication],
            new TableResponseClassifier());

    private sealed class TableHeadersPolicy(string serviceVersion) : HttpPipelineSynchronousPolicy
    {
        public override void OnSendingRequest(HttpMessage message)
        {
            var headers = message.Request.Headers;
            headers.SetValue("x-ms-version", serviceVersion);
            headers.SetValue("DataServiceVersion", "3.0");
            headers.SetValue("MaxDataServiceVersion", "3.0;NetFx");
            headers.SetValue("Accept", "application/json;odata=minimalmetadata");
        }
    }
}
