using Microsoft.AspNetCore.Http;
using PainDrip.Core.Email;

namespace PainDrip.Infrastructure.Email.Inbound;

/// <summary>How reading an Inbound Parse post ended.</summary>
public enum InboundParseOutcome
{
    /// <summary>The post was decoded into a message.</summary>
    Parsed,
    /// <summary>The post is larger than <see cref="InboundOptions.MaxBodyBytes"/>: answer 413.</summary>
    TooLarge,
    /// <summary>The post is not a readable Inbound Parse form: answer 400.</summary>
    Malformed,
}

/// <summary>The result of reading an Inbound Parse post: a message, or why there is none and which status to answer.</summary>
public sealed record InboundParseResult(InboundParseOutcome Outcome, InboundMessage? Message, string? Problem)
{
    /// <summary>The HTTP status the endpoint should answer when it refuses the post (200 when parsed, though storing comes first).</summary>
    public int StatusCode => Outcome switch
    {
        InboundParseOutcome.Parsed => StatusCodes.Status200OK,
        InboundParseOutcome.TooLarge => StatusCodes.Status413PayloadTooLarge,
        _ => StatusCodes.Status400BadRequest,
    };

    internal static InboundParseResult Parsed(InboundMessage message) => new(InboundParseOutcome.Parsed, message, null);

    internal static InboundParseResult TooLarge(long limit) =>
        new(InboundParseOutcome.TooLarge, null, $"The post is larger than {limit} bytes.");

    internal static InboundParseResult Malformed(string problem) => new(InboundParseOutcome.Malformed, null, problem);
}
