using System.Security.Cryptography;
using System.Text;

namespace SkipNet.Checker.Reporting;

/// <summary>A Content-Security-Policy source naming an inline style or script by its hash: 'sha256-BASE64'.</summary>
public static class CspHash
{
    public static string Of(string inline) => $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(inline)))}'";
}
