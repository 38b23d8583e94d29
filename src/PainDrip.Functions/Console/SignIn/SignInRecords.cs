namespace PainDrip.Functions.Console.SignIn;

/// <summary>What the browser carries between the sign-in redirect and the callback (signed, ten minutes).</summary>
/// <param name="State">The state sent to Entra ID; the callback must echo it.</param>
/// <param name="Nonce">The nonce sent to Entra ID; the ID token must carry it.</param>
/// <param name="Verifier">The PKCE code verifier whose S256 challenge was sent.</param>
/// <param name="ReturnPath">The console page to go back to.</param>
/// <param name="Expires">When the attempt lapses.</param>
public sealed record SignInFlow(string State, string Nonce, string Verifier, string ReturnPath, DateTimeOffset Expires);

/// <summary>A signed-in console user (the app's own session cookie, signed, about eight hours).</summary>
/// <param name="ObjectId">The Entra ID object id (<c>oid</c>).</param>
/// <param name="UserName">The <c>preferred_username</c>, usually the work address.</param>
/// <param name="Id">A random id for this session; console form tokens are bound to it.</param>
/// <param name="Expires">When the session ends.</param>
public sealed record ConsoleSession(string ObjectId, string UserName, string Id, DateTimeOffset Expires);

/// <summary>Why a sign-in callback was refused.</summary>
public enum SignInFailure
{
    /// <summary>No (valid, unexpired) sign-in attempt cookie.</summary>
    NoAttempt,
    /// <summary>The state does not match the attempt.</summary>
    StateMismatch,
    /// <summary>Entra ID answered with an error, or no code.</summary>
    ProviderError,
    /// <summary>The token endpoint refused the code or answered without an ID token.</summary>
    Redemption,
    /// <summary>The ID token failed validation (signature, issuer, audience, lifetime).</summary>
    InvalidToken,
    /// <summary>The ID token's nonce is not the attempt's.</summary>
    NonceMismatch,
}
