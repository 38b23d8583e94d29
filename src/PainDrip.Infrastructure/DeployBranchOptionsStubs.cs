// TEMPORARY, deploy branch only: the options classes other branches are building, with the
// properties known when infra/main.bicep was written, so AppSettingsTests can compare the Bicep
// with the code here. Delete this file at merge; the real classes replace these and the test
// then checks the Bicep against them.
namespace PainDrip.Infrastructure.DeployBranchStubs;

public sealed class SendGridOptions
{
    public string? ApiKey { get; set; }

    public string BaseUrl { get; set; } = "https://api.sendgrid.com";

    public bool SandboxMode { get; set; }
}

public sealed class EmailOptions
{
    public string? FromAddress { get; set; }

    public string? FromName { get; set; }

    public string? InboundDomain { get; set; }

    public string? PostalAddress { get; set; }

    public string? PublicBaseUrl { get; set; }
}

public sealed class LinkSigningOptions
{
    public string? Secret { get; set; }
}

public sealed class InboundOptions
{
    public string? Secret { get; set; }
}

public sealed class EventWebhookOptions
{
    public string? PublicKey { get; set; }
}
