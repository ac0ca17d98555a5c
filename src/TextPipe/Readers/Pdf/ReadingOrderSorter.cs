namespace TextPipe.Readers.Pdf;

/// <summary>
/// Puts a page's blocks in reading order with Breuel's two rules (2003, "High performance document layout
/// analysis"): of two blocks that overlap horizontally, the upper one comes first; a block entirely left of
/// another comes first unless some third block lying vertically between them spans across both (a headline or
/// figure that cuts the page into bands). The order is a topological sort of these relations; among blocks free
/// to come next, the highest, then the leftmost, wins, which also breaks the rare cycle.
/// </summary>
internal static class ReadingOrderSorter
{
    /// <summary>Pages with more blocks than this (tables, forms) are ordered top to bottom, left to right: the rules cost n³.</summary>
    private const int MaxBlocksForRules = 400;

    public static List<T> Sort<T>(IReadOnlyList<T> items, Func<T, Box> box)
    {
        int n = items.Count;
        var boxes = new Box[n];
        for (int i = 0; i < n; i++)
        {
            boxes[i] = box(items[i]);
        }
        if (n <= 1 || n > MaxBlocksForRules)
        {
            return [.. Enumerable.Range(0, n).OrderByDescending(i => boxes[i].Top).ThenBy(i => boxes[i].Left).Select(i => items[i])];
        }
        var before = new bool[n, n];
        var indegree = new int[n];
        for (int a = 0; a < n; a++)
        {
            for (int b = 0; b < n; b++)
            {
                if (a != b && Precedes(boxes, a, b))
                {
                    before[a, b] = true;
                    indegree[b]++;
                }
            }
        }
        var done = new bool[n];
        var result = new List<T>(n);
        for (int step = 0; step < n; step++)
        {
            int next = -1;
            for (int i = 0; i < n; i++)
            {
                if (!done[i] && indegree[i] == 0 && (next < 0 || Earlier(boxes[i], boxes[next])))
                {
                    next = i;
                }
            }
            if (next < 0)
            {
                // A cycle: take the highest remaining block and go on.
                for (int i = 0; i < n; i++)
                {
                    if (!done[i] && (next < 0 || Earlier(boxes[i], boxes[next])))
                    {
                        next = i;
                    }
                }
            }
            done[next] = true;
            result.Add(items[next]);
            for (int b = 0; b < n; b++)
            {
                if (before[next, b])
                {
                    indegree[b]--;
                }
            }
        }
        return result;
    }

    private static bool Earlier(Box a, Box b) => a.Top != b.Top ? a.Top > b.Top : a.Left < b.Left;

    private static bool Precedes(Box[] boxes, int a, int b)
    {
        var x = boxes[a];
        var y = boxes[b];
        if (OverlapX(x, y))
        {
            // Upper first; blocks side by side in one band are compared by their centres.
            return x.Middle > y.Middle;
        }
        if (x.Right > y.Left)
        {
            return false;
        }
        double low = Math.Min(x.Middle, y.Middle);
        double high = Math.Max(x.Middle, y.Middle);
        for (int c = 0; c < boxes.Length; c++)
        {
            if (c == a || c == b)
            {
                continue;
            }
            var z = boxes[c];
            bool between = z.Middle > low && z.Middle < high;
            if (between && OverlapX(z, x) && OverlapX(z, y))
            {
                return false;
            }
        }
        return true;
    }

    private static bool OverlapX(Box a, Box b) => Math.Min(a.Right, b.Right) - Math.Max(a.Left, b.Left) > 0.5;
}

/// <summary>An axis-aligned box in page coordinates, y up.</summary>
internal readonly record struct Box(double Left, double Right, double Top, double Bottom)
{
    public double Middle => (Top + Bottom) / 2;
}
