using System.Net;
using System.Net.Sockets;

namespace PainDrip.TestSupport;

/// <summary>
/// A loopback port this test holds (bound, never listening) for as long as it lives: nothing else can take it, and every
/// connection to it is refused at once. A deterministic "nobody answers there", unlike a port that was free a moment ago.
/// </summary>
public sealed class HeldPort : IDisposable
{
    private readonly Socket _socket = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);

    public HeldPort() => _socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));

    public int Port => ((IPEndPoint)_socket.LocalEndPoint!).Port;

    public void Dispose() => _socket.Dispose();
}
