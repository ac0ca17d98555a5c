// Reads the two Java-serialised dictionaries shipped in lucene-analyzers-smartcn (coredict.mem and
// bigramdict.mem, ICTCLAS data, Apache-2.0) and writes them as plain text for pack_cws.py.
// The .mem files hold only primitive arrays, so plain ObjectInputStream reads them without Lucene on
// the class path. Layout, as observed from the loading code's behaviour:
//   coredict.mem:  short[] slot -> row, char[] slot -> first char, char[][][] row -> sorted word tails
//                  (the word minus its first char), int[][] row -> frequency of each tail.
//   bigramdict.mem: long[] 64-bit hashes of "left@right" (0 = empty slot), int[] frequencies.
// Usage: java DumpSmartCnData.java JAR OUT_DIR   (writes words.tsv and bigrams.tsv)
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.util.zip.*;

public class DumpSmartCnData {
    public static void main(String[] args) throws Exception {
        String jar = args[0];
        File outDir = new File(args[1]);
        try (ZipFile zip = new ZipFile(jar)) {
            String dir = "org/apache/lucene/analysis/cn/smart/hhmm/";
            dumpWords(zip.getInputStream(zip.getEntry(dir + "coredict.mem")), new File(outDir, "words.tsv"));
            dumpBigrams(zip.getInputStream(zip.getEntry(dir + "bigramdict.mem")), new File(outDir, "bigrams.tsv"));
        }
    }

    static void dumpWords(InputStream in, File out) throws Exception {
        try (ObjectInputStream ois = new ObjectInputStream(new BufferedInputStream(in));
             Writer w = new BufferedWriter(new OutputStreamWriter(new FileOutputStream(out), StandardCharsets.UTF_8))) {
            short[] slotToRow = (short[]) ois.readObject();
            char[] slotToChar = (char[]) ois.readObject();
            char[][][] tails = (char[][][]) ois.readObject();
            int[][] freqs = (int[][]) ois.readObject();
            for (int slot = 0; slot < slotToRow.length; slot++) {
                int row = slotToRow[slot];
                if (row < 0 || tails[row] == null) continue;
                char first = slotToChar[slot];
                for (int i = 0; i < tails[row].length; i++) {
                    char[] tail = tails[row][i];
                    String word = first + (tail == null ? "" : new String(tail));
                    w.write(word + "\t" + freqs[row][i] + "\n");
                }
            }
        }
    }

    static void dumpBigrams(InputStream in, File out) throws Exception {
        try (ObjectInputStream ois = new ObjectInputStream(new BufferedInputStream(in));
             Writer w = new BufferedWriter(new OutputStreamWriter(new FileOutputStream(out), StandardCharsets.UTF_8))) {
            long[] hashes = (long[]) ois.readObject();
            int[] freqs = (int[]) ois.readObject();
            for (int i = 0; i < hashes.length; i++) {
                if (hashes[i] == 0) continue;
                w.write(Long.toUnsignedString(hashes[i], 16) + "\t" + freqs[i] + "\n");
            }
        }
    }
}
