#!/usr/bin/python3
"""What a PyTorch user writes instead of SkipNet's batched kernel and `skipnet fuzz`, timed.

  batch     the mean loss and gradient of the exercise network over N samples (one weight vector, N pairs x, y):
            L = mean |y - yhat|, L.backward() -- eager autograd, float64; beside BatchGradient.MeanOf (bench/Batch.cs).
  perpoint  the gradients of N independent points (each its own w0..w3, x, y), vectorised: sum(L_i).backward() gives
            every point's gradient at once, as the points do not interact; beside `skipnet fuzz` (which checks each
            point's gradient against an oracle besides computing it).

Usage: /usr/bin/python3 peers/pytorch/bench.py [--n 10000000] [--repeats 5] [--threads 2 1]
Prints the best and median of the timed repeats (after one warm-up) in ns a sample. Standard library and torch only.
"""

import argparse
import statistics
import time

import torch

torch.set_default_dtype(torch.float64)


def samples(n, generator):
    """Exercise-style numbers (quarters in [-3, 3]) and wide-range ones (+-10^u, u in [-6, 6]), half each."""
    quarters = torch.randint(-12, 13, (n,), generator=generator).double() / 4
    wide = torch.pow(10.0, -6 + 12 * torch.rand(n, generator=generator))
    wide = wide * (torch.randint(0, 2, (n,), generator=generator).double() * 2 - 1)
    return torch.where(torch.rand(n, generator=generator) < 0.5, quarters, wide)


def loss(w0, w1, w2, w3, x, y):
    h0 = torch.relu(w0 * x)
    h1 = torch.relu(w1 * h0)
    return torch.abs(y - (w2 * h1 + w3 * h0))


def batch_mean_gradient(xs, ys):
    # The weights of bench/Batch.cs: both units alive for about half the samples.
    w = [torch.tensor(v, requires_grad=True) for v in (0.75, -1.25, 0.5, 2.0)]
    mean = loss(*w, xs, ys).mean()
    mean.backward()
    return mean.item(), [t.grad.item() for t in w]


def per_point_gradients(points):
    leaves = [p.detach().requires_grad_(i < 5) for i, p in enumerate(points)]  # w0..w3 and x; y is data
    loss(*leaves).sum().backward()
    return [leaf.grad for leaf in leaves[:5]]


def timed(job, repeats):
    job()  # warm-up: allocator and thread pool
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        job()
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=10_000_000)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--threads", type=int, nargs="+", default=[2, 1])
    args = parser.parse_args()
    generator = torch.Generator().manual_seed(6)
    xs, ys = samples(args.n, generator), samples(args.n, generator)
    points = [samples(args.n, generator) for _ in range(6)]
    print(f"torch {torch.__version__}, float64, N = {args.n:,}, {args.repeats} repeats after a warm-up")
    for threads in args.threads:
        torch.set_num_threads(threads)
        for name, job in (("batch mean gradient", lambda: batch_mean_gradient(xs, ys)),
                          ("per-point gradients", lambda: per_point_gradients(points))):
            best, median = timed(job, args.repeats)
            print(f"{name:20} {threads} thread(s): best {best * 1e9 / args.n:6.1f} ns/sample, "
                  f"median {median * 1e9 / args.n:6.1f} ns/sample ({median:.3f} s)")


if __name__ == "__main__":
    main()
