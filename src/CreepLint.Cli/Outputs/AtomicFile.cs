namespace CreepLint.Cli.Outputs;

/// <summary>Writes a whole file or nothing: a temporary file in the target's directory, flushed, then renamed over the target.</summary>
internal static class AtomicFile
{
    /// <summary>A fresh temporary name next to <paramref name="path"/> (same directory, so the rename never crosses a file system).</summary>
    public static string TempFor(string path) =>
        Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");

    /// <summary>Writes <paramref name="write"/>'s bytes to <paramref name="path"/>; a failure leaves any old file untouched.</summary>
    public static void Write(string path, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temp = TempFor(full);
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }
}
