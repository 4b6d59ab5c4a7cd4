using System.Runtime.InteropServices;

namespace CreepLint.Cli.Inputs;

/// <summary>Tells regular files from FIFOs, sockets and devices, which .NET reports as ordinary zero-length files.</summary>
internal static class FileKind
{
    private const int TypeMask = 0xF000;
    private const int RegularFile = 0x8000;
    private const int Directory = 0x4000;

    /// <summary>
    /// Whether <paramref name="path"/> (after symbolic links) is neither a regular file nor a directory. Such a file is never
    /// opened: opening a FIFO waits for a writer forever, and a device such as <c>/dev/zero</c> never ends. False when the
    /// kind cannot be told (Windows, or the file is missing: opening it then reports the real error).
    /// </summary>
    public static bool IsSpecial(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return false;
        }

        try
        {
            // The runtime's own stat shim (System.Native, shipped with every .NET on Unix): a FileStatus whose second
            // 32-bit field is the mode with the file type bits in S_IFMT.
            var status = new byte[256];
            if (Stat(path, status) != 0)
            {
                return false;
            }

            var type = BitConverter.ToInt32(status, 4) & TypeMask;
            return type is not RegularFile and not Directory;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", SetLastError = true)]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] status);
}
