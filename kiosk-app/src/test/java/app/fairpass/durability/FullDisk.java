package app.fairpass.durability;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePathWrapper;

/**
 * An H2 file system ({@code jdbc:h2:fulldisk:…}) over the real disk whose writes fail with the operating system's
 * "No space left on device" while {@link #fill()} is in force, as a full database folder would.
 */
public class FullDisk extends FilePathWrapper {
    private static volatile boolean full;

    static void fill() {
        full = true;
    }

    static void free() {
        full = false;
    }

    @Override
    public String getScheme() {
        return "fulldisk";
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        return new Channel(getBase().open(mode));
    }

    private static void refuseWhenFull() throws IOException {
        if (full) {
            throw new IOException("No space left on device");
        }
    }

    private static final class Channel extends FileBase {
        private final FileChannel disk;

        Channel(FileChannel disk) {
            this.disk = disk;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return disk.read(dst);
        }

        @Override
        public synchronized int read(ByteBuffer dst, long position) throws IOException {
            return disk.read(dst, position);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            refuseWhenFull();
            return disk.write(src);
        }

        @Override
        public synchronized int write(ByteBuffer src, long position) throws IOException {
            refuseWhenFull();
            return disk.write(src, position);
        }

        @Override
        public long position() throws IOException {
            return disk.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            disk.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return disk.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            refuseWhenFull();
            disk.truncate(size);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            refuseWhenFull();
            disk.force(metaData);
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return disk.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            disk.close();
        }
    }
}
