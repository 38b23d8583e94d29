namespace PainDrip.Core.Email;

/// <summary>The port that hands a finished email to a mail service (SendGrid, an SMTP relay…).</summary>
public interface IMailSender
{
    /// <summary>Sends the message, retrying transient failures as the adapter sees fit.</summary>
    /// <returns>What the service answered, including its message id when it gives one.</returns>
    /// <exception cref="MailSendException">The service refused the message or kept failing.</exception>
    Task<SendResult> SendAsync(EmailMessage message, CancellationToken cancellationToken);
}

/// <summary>The outcome of a successful send.</summary>
/// <param name="ProviderMessageId">
/// The service's id for the message (SendGrid <c>X-Message-Id</c>, which event <c>sg_message_id</c>
/// values start with); <see langword="null"/> when the service gives none.
/// </param>
public sealed record SendResult(string? ProviderMessageId);

/// <summary>A mail service refused a message or could not be reached after all retries.</summary>
public sealed class MailSendException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong, without addresses or content.</param>
    /// <param name="statusCode">The service's status code (HTTP or SMTP), if one was received.</param>
    /// <param name="errors">The service's own error messages.</param>
    /// <param name="isTransient">Whether trying again later may succeed.</param>
    /// <param name="innerException">The underlying failure, if any.</param>
    public MailSendException(
        string message, int? statusCode, IReadOnlyList<string> errors, bool isTransient, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        Errors = errors;
        IsTransient = isTransient;
    }

    /// <summary>The service's status code, if one was received.</summary>
    public int? StatusCode { get; }

    /// <summary>The service's own error messages (for SendGrid, each <c>errors[].message</c>).</summary>
    public IReadOnlyList<string> Errors { get; }

    /// <summary>
    /// <see langword="true"/> when retries ran out on rate limits, server errors or timeouts;
    /// <see langword="false"/> when the service refused the message itself (bad request, bad key).
    /// </summary>
    public bool IsTransient { get; }
}
