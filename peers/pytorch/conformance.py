#!/usr/bin/python3
"""Conformance vectors for SkipNet, computed by PyTorch.

Writes one JSON file (argument 1, default conformance.json beside this script) with PyTorch's loss and every gradient
(weights, x, and the intermediates through retain_grad) of

  * the exercise network (ReLU, L1) at points drawn like SkipNet's property generators: exercise-style numbers
    (quarters in [-3, 3]), wide-range numbers (+-10^u, u in [-6, 6]), both mixed, every point of {-1, 0, 1}^6 (every
    kink and tie the grid holds), points moved exactly onto each kind of kink, stacked kinks, dead units;
  * every activation x loss at widths 1,1,1,1 (leaky ReLU's slope and Huber's delta varied);
  * the vectorised network at several widths with random matrices;

and torch.autograd.gradcheck's verdict at its defaults (eps 1e-6, atol 1e-5, rtol 1e-3): per variable (w0..w3, x) at
width 1, for all inputs at once for the vectorised network.

Deterministic: fixed seeds, Python's shortest round-trip repr for every double, sorted keys. Standard library and
torch only. Run with Debian's /usr/bin/python3 (python3-torch).
"""

import json
import math
import random
import sys
import warnings
from pathlib import Path

import torch
import torch.nn.functional as F

torch.set_default_dtype(torch.float64)
torch.set_num_threads(1)
torch.manual_seed(0)
warnings.simplefilter("ignore")  # gradcheck warns about inputs that are not leaves of double type; they all are

SEED = 16
EXERCISE_COUNTS = {"exercise": 500, "wide": 500, "mixed": 300, "kink": 600, "stacked": 300, "dead": 200}
VARIANT_POINTS = 20
WIDE_WIDTHS = [(2, 3, 2, 1), (3, 2, 4, 2), (4, 4, 4, 3), (5, 8, 6, 4), (8, 8, 8, 8)]
WIDE_POINTS_PER_WIDTHS = 8

ACTIVATIONS = [("relu", None), ("leaky-relu", 0.01), ("leaky-relu", 0.25), ("leaky-relu", -0.5), ("leaky-relu", 2.0),
               ("tanh", None), ("sigmoid", None), ("softplus", None), ("identity", None)]
LOSSES = [("l1", None), ("squared", None), ("huber", 0.5), ("huber", 1.0), ("huber", 2.5)]

# Above 37, e^-z < 2^-53 and ln(1 + e^z) is z to the last bit; PyTorch's default threshold, 20, replaces ln(1 + e^z)
# by z from 20 on, an approximation off by up to 2e-9 that SkipNet does not copy. 40 keeps PyTorch's own formula
# wherever it differs from z.
SOFTPLUS_THRESHOLD = 40.0


# --- numbers, as src/Points/Generators.cs draws them -----------------------------------------------------------------

def exercise_number(rng):
    return rng.randint(-12, 12) / 4.0


def wide_range_number(rng):
    sign = rng.choice((-1.0, 1.0))
    return sign * math.pow(10, -6 + 12.0 * rng.randint(0, 1 << 30) / (1 << 30))


def number(rng, style):
    if style == "exercise":
        return exercise_number(rng)
    if style == "wide":
        return wide_range_number(rng)
    return exercise_number(rng) if rng.random() < 0.5 else wide_range_number(rng)


def any_style(rng):
    return rng.choice(("exercise", "wide", "mixed"))


# --- the exercise network ---------------------------------------------------------------------------------------------

NAMES = ("w0", "w1", "w2", "w3", "x", "y")


def y_hat(p):
    """ŷ in plain doubles, the operations of Network.Forward in its order (for placing y = ŷ exactly)."""
    h0 = max(p["w0"] * p["x"], 0.0)
    h1 = max(p["w1"] * h0, 0.0)
    return p["w2"] * h1 + p["w3"] * h0


def on_kink(p, kind):
    """KinkPlacement.OnKink: 0 x = 0, 1 w0 = 0, 2 w1 = 0, 3 a dead first unit (so z1 = 0), 4 y = ŷ."""
    p = dict(p)
    if kind == 0:
        p["x"] = 0.0
    elif kind == 1:
        p["w0"] = 0.0
    elif kind == 2:
        p["w1"] = 0.0
    elif kind == 3:
        p["x"] = p["x"] or 1.0
        p["w0"] = p["w0"] or 1.0
        p = with_dead_unit(p, 0)
    else:
        p["y"] = y_hat(p)
    return p


def with_dead_unit(p, layer):
    """KinkPlacement.WithDeadUnit: layer 0 makes z0 < 0, layer 1 makes z0 > 0 and z1 < 0."""
    p = dict(p)
    p["w0"] = abs(p["w0"]) * math.copysign(1.0, p["x"]) * (-1.0 if layer == 0 else 1.0)
    if layer == 1:
        p["w1"] = -abs(p["w1"])
    return p


def exercise_points(rng):
    points = [("grid", dict(zip(NAMES, values)))
              for values in __import__("itertools").product((-1.0, 0.0, 1.0), repeat=6)]

    def draw(style):
        return {name: number(rng, style) for name in NAMES}

    for style in ("exercise", "wide", "mixed"):
        points += [(style, draw(style)) for _ in range(EXERCISE_COUNTS[style])]
    for i in range(EXERCISE_COUNTS["kink"]):
        points.append((f"kink{i % 5}", on_kink(draw(any_style(rng)), i % 5)))
    # Stacked: two kinks at once, the tie y = ŷ placed last so that it holds at the final weights.
    pairs = [(a, b) for a in range(4) for b in range(a + 1, 5)]
    for i in range(EXERCISE_COUNTS["stacked"]):
        a, b = pairs[i % len(pairs)]
        points.append((f"stacked{a}{b}", on_kink(on_kink(draw(any_style(rng)), a), b)))
    for i in range(EXERCISE_COUNTS["dead"]):
        p = draw(any_style(rng))
        p["x"] = p["x"] or 1.0
        p["w0"] = p["w0"] or 1.0
        p["w1"] = p["w1"] or 1.0
        points.append((f"dead{i % 2}", with_dead_unit(p, i % 2)))
    return points


def exercise_loss(w0, w1, w2, w3, x, y, keep=None):
    z0 = w0 * x
    h0 = torch.relu(z0)
    z1 = w1 * h0
    h1 = torch.relu(z1)
    z2 = w2 * h1 + w3 * h0
    if keep is not None:
        for name, node in (("z0", z0), ("h0", h0), ("z1", z1), ("h1", h1), ("z2", z2)):
            node.retain_grad()
            keep[name] = node
    return torch.abs(y - z2)


EXERCISE_VARIABLES = ("w0", "w1", "w2", "w3", "x")
EXERCISE_GRADIENTS = ("w0", "w1", "w2", "w3", "x", "z0", "h0", "z1", "h1", "z2")


def exercise_record(kind, p):
    leaves = {name: torch.tensor(p[name], requires_grad=name != "y") for name in NAMES}
    kept = {}
    loss = exercise_loss(*(leaves[n] for n in NAMES), keep=kept)
    loss.backward()
    grads = {**{n: leaves[n].grad for n in EXERCISE_VARIABLES}, **{n: kept[n].grad for n in kept}}
    verdicts = []
    for variable in EXERCISE_VARIABLES:
        def along(t, variable=variable):
            args = {n: torch.tensor(p[n]) for n in NAMES}
            args[variable] = t
            return exercise_loss(*(args[n] for n in NAMES))
        verdicts.append(bool(torch.autograd.gradcheck(
            along, (torch.tensor(p[variable], requires_grad=True),), raise_exception=False)))
    return [kind, *(p[n] for n in NAMES), loss.item(), *(grads[n].item() for n in EXERCISE_GRADIENTS), *verdicts]


# --- every activation and loss, and the vectorised network ------------------------------------------------------------

def activation_fn(name, slope):
    return {
        "relu": torch.relu,
        "leaky-relu": lambda z: F.leaky_relu(z, slope),
        "tanh": torch.tanh,
        "sigmoid": torch.sigmoid,
        "softplus": lambda z: F.softplus(z, beta=1, threshold=SOFTPLUS_THRESHOLD),
        "identity": lambda z: z,
    }[name]


def loss_fn(name, delta):
    # Σ_k ℓ(y_k − ŷ_k): |r|, r², Huber's r²/2 within δ and δ(|r| − δ/2) beyond.
    return {
        "l1": lambda y_hat, y: torch.abs(y - y_hat).sum(),
        "squared": lambda y_hat, y: ((y - y_hat) ** 2).sum(),
        "huber": lambda y_hat, y: F.huber_loss(y_hat, y, reduction="sum", delta=delta),
    }[name]


def wide_loss(variant, w0, w1, w2, w3, x, y, keep=None):
    f = activation_fn(variant["activation"], variant.get("slope"))
    z0 = w0 @ x
    h0 = f(z0)
    z1 = w1 @ h0
    h1 = f(z1)
    z2 = w2 @ h1 + w3 @ h0
    if keep is not None:
        for name, node in (("z0", z0), ("h0", h0), ("z1", z1), ("h1", h1), ("z2", z2)):
            node.retain_grad()
            keep[name] = node
    return loss_fn(variant["loss"], variant.get("delta"))(z2, y)


WIDE_INPUTS = ("W0", "W1", "W2", "W3", "x")


def wide_record(variant, arrays, per_variable):
    """PyTorch's loss, every gradient, and gradcheck's verdict (per input, or for all inputs at once)."""
    leaves = {n: torch.tensor(arrays[n], requires_grad=n != "y") for n in (*WIDE_INPUTS, "y")}
    kept = {}
    loss = wide_loss(variant, *(leaves[n] for n in (*WIDE_INPUTS, "y")), keep=kept)
    loss.backward()
    grads = {**{"d" + n: leaves[n].grad.tolist() for n in WIDE_INPUTS},
             **{"d" + n: kept[n].grad.tolist() for n in kept}}
    values = {n: kept[n].tolist() for n in kept}  # the forward pass: z0, h0, z1, h1, z2

    def check(names):
        def partial(*ts):
            args = {n: torch.tensor(arrays[n]) for n in (*WIDE_INPUTS, "y")}
            args.update(zip(names, ts))
            return wide_loss(variant, *(args[n] for n in (*WIDE_INPUTS, "y")))
        inputs = tuple(torch.tensor(arrays[n], requires_grad=True) for n in names)
        return bool(torch.autograd.gradcheck(partial, inputs, raise_exception=False))

    gradcheck = [check((n,)) for n in WIDE_INPUTS] if per_variable else check(WIDE_INPUTS)
    return {**arrays, **grads, **values, "loss": loss.item(), "gradcheck": gradcheck}


def forward_values(variant, arrays):
    with torch.no_grad():
        f = activation_fn(variant["activation"], variant.get("slope"))
        t = {n: torch.tensor(arrays[n]) for n in (*WIDE_INPUTS, "y")}
        h0 = f(t["W0"] @ t["x"])
        z1 = t["W1"] @ h0
        y_hat = t["W2"] @ f(z1) + t["W3"] @ h0
        return t["W0"] @ t["x"], z1, y_hat


def variant_of(activation, slope, loss, delta):
    v = {"activation": activation, "loss": loss}
    if slope is not None:
        v["slope"] = slope
    if delta is not None:
        v["delta"] = delta
    return v


def width_one_points(rng, variant):
    """Exercise, wide-range and mixed points, and points moved onto z0 = 0, z1 = 0, r = 0 and |r| = δ exactly."""
    records = []
    for i in range(VARIANT_POINTS):
        style = ("exercise", "exercise", "wide", "mixed")[i % 4]
        p = {n: number(rng, style) for n in ("W0", "W1", "W2", "W3", "x", "y")}
        seam = ("none", "none", "z0", "z1", "r0", "rdelta")[i % 6] if i >= 4 else "none"
        if seam == "z0":
            p["x" if rng.random() < 0.5 else "W0"] = 0.0
        elif seam == "z1":
            p["W1"] = 0.0
        arrays = {n: [[p[n]]] for n in ("W0", "W1", "W2", "W3")} | {"x": [p["x"]], "y": [p["y"]]}
        if seam in ("r0", "rdelta"):
            y_hat = forward_values(variant, arrays)[2].item()
            offset = variant.get("delta", 0.0) if seam == "rdelta" else 0.0
            y = y_hat + offset
            arrays["y"] = [y if abs(y - y_hat) == offset else y_hat]
        records.append({"seam": seam, "style": style, **wide_record(variant, arrays, per_variable=True)})
    return records


def wide_points(rng):
    records = []
    for widths in WIDE_WIDTHS:
        n, a, b, m = widths
        for i in range(WIDE_POINTS_PER_WIDTHS):
            activation, slope = ACTIVATIONS[rng.randrange(len(ACTIVATIONS))]
            loss, delta = LOSSES[rng.randrange(len(LOSSES))]
            variant = variant_of(activation, slope, loss, delta)
            # Half of them standard normal entries (all 53 bits), half exercise numbers.
            draw = (lambda: rng.gauss(0.0, 1.0)) if i % 2 == 0 else (lambda: exercise_number(rng))

            def matrix(rows, columns):
                return [[draw() for _ in range(columns)] for _ in range(rows)]

            arrays = {"W0": matrix(a, n), "W1": matrix(b, a), "W2": matrix(m, b), "W3": matrix(m, a),
                      "x": [draw() for _ in range(n)], "y": [draw() for _ in range(m)]}
            records.append({"widths": list(widths), "variant": variant,
                            "entries": "normal" if i % 2 == 0 else "exercise",
                            **wide_record(variant, arrays, per_variable=False)})
    return records


def main():
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("conformance.json")
    rng = random.Random(SEED)
    exercise = [exercise_record(kind, p) for kind, p in exercise_points(rng)]
    variants = []
    for activation, slope in ACTIVATIONS:
        for loss, delta in LOSSES:
            variant = variant_of(activation, slope, loss, delta)
            variants.append({"variant": variant, "points": width_one_points(rng, variant)})
    document = {
        "about": "PyTorch's loss, gradients and gradcheck verdicts for SkipNet's network; made by "
                 "peers/pytorch/conformance.py, see peers/pytorch/README.md",
        "torch": torch.__version__.split("+")[0],
        "gradcheck_defaults": {"eps": 1e-6, "atol": 1e-5, "rtol": 1e-3},
        "softplus_threshold": SOFTPLUS_THRESHOLD,
        "exercise": {
            "columns": ["kind", *NAMES, "loss", *("d" + n for n in EXERCISE_GRADIENTS),
                        *("gradcheck_" + n for n in EXERCISE_VARIABLES)],
            "rows": exercise,
        },
        "variants": variants,
        "wide": wide_points(rng),
    }
    text = json.dumps(document, sort_keys=True, allow_nan=False, ensure_ascii=False, indent=0)
    out.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
