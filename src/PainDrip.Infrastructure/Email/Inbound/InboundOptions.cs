namespace PainDrip.Infrastructure.Email.Inbound;

/// <summary>Settings for the SendGrid Inbound Parse endpoint. Section <c>InboundOptions</c>.</summary>
public sealed class InboundOptions
{
    /// <summary>The shared secret expected as <c>?key=</c> or as the basic-auth password. Empty refuses every post.</summary>
    public string Secret { get; set; } = "";

    /// <summary>Posts larger than this are refused with 413. SendGrid's message limit is 20 MB.</summary>
    public long MaxBodyBytes { get; set; } = 20 * 1024 * 1024;
}
