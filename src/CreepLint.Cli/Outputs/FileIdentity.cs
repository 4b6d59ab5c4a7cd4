using System.Runtime.InteropServices;

namespace CreepLint.Cli.Outputs;

/// <summary>
/// Which file a path names, seen through symlinks and hard links: the device and inode (file index on Windows) of its
/// final target, or, where the platform call is unavailable, its fully resolved path.
/// </summary>
internal readonly record struct FileIdentity(ulong Device, ulong Inode, string? ResolvedPath)
{
    /// <summary>The identity of an existing file; null when nothing exists at <paramref name="path"/>.</summary>
    public static FileIdentity? Of(string path)
    {
        var resolved = Resolve(path);
        if (!File.Exists(resolved))
        {
            return null;
        }

        return Native(resolved, out var device, out var inode) ? new FileIdentity(device, inode, null) : new FileIdentity(0, 0, resolved);
    }

    /// <summary>The full path with every symlink along it followed (parts that do not exist are kept as written).</summary>
    public static string Resolve(string path) => Resolve(path, depth: 0);

    private static string Resolve(string path, int depth)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? string.Empty;
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            try
            {
                // A link loop or a chain longer than the kernel's own limit (40) is left unresolved rather than followed forever.
                if (depth < 40 && new FileInfo(current).LinkTarget is { } target)
                {
                    current = Resolve(Path.GetFullPath(target, Path.GetDirectoryName(current) ?? root), depth + 1);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Compared as written; the inode check still runs when the file exists.
            }
        }

        return current;
    }

    private static bool Native(string path, out ulong device, out ulong inode)
    {
        device = inode = 0;
        try
        {
            if (OperatingSystem.IsLinux() && RuntimeInformation.ProcessArchitecture is Architecture.X64 or Architecture.Arm64)
            {
                // struct stat on 64-bit Linux starts with st_dev, st_ino (two 64-bit fields) on x86-64 and arm64 alike.
                var buffer = new byte[256];
                if (LinuxStat(path, buffer) != 0)
                {
                    return false;
                }

                device = BitConverter.ToUInt64(buffer, 0);
                inode = BitConverter.ToUInt64(buffer, 8);
                return true;
            }

            if (OperatingSystem.IsMacOS())
            {
                // Darwin's 64-bit-inode struct stat: st_dev (int32), st_mode, st_nlink (uint16 each), st_ino (uint64).
                var buffer = new byte[256];
                if (MacStat(path, buffer) != 0)
                {
                    return false;
                }

                device = BitConverter.ToUInt32(buffer, 0);
                inode = BitConverter.ToUInt64(buffer, 8);
                return true;
            }

            if (OperatingSystem.IsWindows())
            {
                using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                var info = new byte[52];
                if (!GetFileInformationByHandle(handle, info))
                {
                    return false;
                }

                // BY_HANDLE_FILE_INFORMATION: dwVolumeSerialNumber at 28, nFileIndexHigh at 44, nFileIndexLow at 48.
                device = BitConverter.ToUInt32(info, 28);
                inode = ((ulong)BitConverter.ToUInt32(info, 44) << 32) | BitConverter.ToUInt32(info, 48);
                return true;
            }
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException or IOException or UnauthorizedAccessException)
        {
            // Fall back to the resolved path.
        }

        return false;
    }

    [DllImport("libc", EntryPoint = "stat", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int LinuxStat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] buffer);

    [DllImport("libSystem.dylib", EntryPoint = "stat$INODE64", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int MacStat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] buffer);

    [DllImport("kernel32.dll", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.System32)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static extern bool GetFileInformationByHandle(Microsoft.Win32.SafeHandles.SafeFileHandle handle, byte[] info);
}
