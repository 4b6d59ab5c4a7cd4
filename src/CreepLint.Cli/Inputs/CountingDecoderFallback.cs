using System.Text;

namespace CreepLint.Cli.Inputs;

/// <summary>Replaces each invalid byte sequence with U+FFFD, like the default, and counts them so a streamed file can say it was not valid UTF-8.</summary>
internal sealed class CountingDecoderFallback : DecoderFallback
{
    private int _count;

    /// <summary>Invalid byte sequences replaced so far.</summary>
    public int Count => Volatile.Read(ref _count);

    public override int MaxCharCount => 1;

    public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(this);

    private sealed class Buffer(CountingDecoderFallback owner) : DecoderFallbackBuffer
    {
        private bool _pending;

        public override int Remaining => _pending ? 1 : 0;

        public override bool Fallback(byte[] bytesUnknown, int index)
        {
            Interlocked.Increment(ref owner._count);
            _pending = true;
            return true;
        }

        public override char GetNextChar()
        {
            if (!_pending)
            {
                return '\0';
            }

            _pending = false;
            return '\uFFFD';
        }

        public override bool MovePrevious() => false;

        public override void Reset() => _pending = false;
    }
}
