using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace CareerNavigator.Tests.Infrastructure;

/// <summary>
/// A real SMTP server on 127.0.0.1 and a free port: Debian's aiosmtpd, storing every mail it accepts in a Maildir
/// that the tests read back with MimeKit. <see cref="StartAsync"/> may be called again after <see cref="StopAsync"/>
/// on the same port, to play a mail server that was down and comes back.
/// </summary>
public sealed class SmtpTestServer : IAsyncDisposable
{
    private const string Python = "/usr/bin/python3";
    private readonly string _maildir = Path.Combine(Path.GetTempPath(), $"careernav-smtp-{Guid.NewGuid():N}");
    private Process? _process;

    public int Port { get; } = FreePort();

    public async Task StartAsync()
    {
        if (!File.Exists(Python))
        {
            throw new InvalidOperationException("The mail tests need python3-aiosmtpd: sudo apt-get install python3-aiosmtpd");
        }
        _process = Process.Start(new ProcessStartInfo(Python, ["-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{Port}", "-c", "aiosmtpd.handlers.Mailbox", _maildir])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!;
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"aiosmtpd exited: {await _process.StandardError.ReadToEndAsync()} (install python3-aiosmtpd)");
            }
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }
        throw new TimeoutException($"aiosmtpd did not listen on port {Port} within 20 s.");
    }

    public async Task StopAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process?.Dispose();
        _process = null;
    }

    /// <summary>The mails received so far for <paramref name="address"/>, oldest first.</summary>
    public IReadOnlyList<MimeMessage> MailsTo(string address)
    {
        var folder = Path.Combine(_maildir, "new");
        if (!Directory.Exists(folder))
        {
            return [];
        }
        return Directory.GetFiles(folder)
            .Select(file => MimeMessage.Load(file))
            .Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(m => m.Date)
            .ToList();
    }

    /// <summary>Waits (up to 30 s) for a mail to <paramref name="address"/> whose subject contains <paramref name="subject"/>.</summary>
    public async Task<MimeMessage> WaitForMailAsync(string address, string subject)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            if (MailsTo(address).FirstOrDefault(m => m.Subject?.Contains(subject, StringComparison.Ordinal) == true) is { } mail)
            {
                return mail;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No mail \"{subject}\" reached {address} within 30 s; it received: " +
                                           string.Join(", ", MailsTo(address).Select(m => m.Subject)));
            }
            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        if (Directory.Exists(_maildir))
        {
            Directory.Delete(_maildir, recursive: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
