#!/usr/bin/env python3
"""Generates a synthetic content repository for benchmarks: tubes and challenges of every type,
realistic French text, sized by --megabytes. Deterministic (fixed seed)."""
import argparse, os, random, shutil

WORDS = ("recherche document fichier dossier données tableur cellule formule navigateur moteur requête "
         "courriel pièce jointe mot de passe sauvegarde réseau partage licence image vidéo son "
         "accessibilité programme variable boucle condition sécurité confidentialité cookie site page").split()

def sentence(rng, n):
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize()

def challenge(rng, cid, skill, kind, prototype=None):
    lines = [f"id: {cid}", f'skill: "{skill}"', f"type: {kind}", "status: validé", "locales: [fr, fr-fr]",
             *([f"variantOf: {prototype}"] if prototype else []), "instruction: |"]
    for _ in range(rng.randint(3, 8)):
        lines.append("  " + sentence(rng, rng.randint(8, 16)) + ".")
    if kind in ("QCU", "QCM"):
        lines.append("options:")
        n = rng.randint(3, 5)
        right = {1} if kind == "QCU" else set(rng.sample(range(1, n + 1), 2))
        for i in range(1, n + 1):
            lines.append(f"  - text: {sentence(rng, 4)} {i}")
            if i in right:
                lines.append("    correct: oui")
        accept = ",".join(str(i) for i in sorted(right))
        wrong = min(set(range(1, n + 1)) - right)
        lines += ["tests:", f'  accept: ["{accept}"]', f'  reject: ["{wrong}"]']
    elif kind == "QROC":
        lines += ['proposals: "Réponse : ${reponse}"', "answers: [réponse attendue, autre réponse]",
                  "tests:", "  accept: [réponse attendue]", "  reject: [mauvaise]"]
    elif kind == "QROCM-ind":
        lines += ["proposals: |", "  Nom : ${nom}", "  Extension : ${extension}", "answers:", "  nom: [rapport]",
                  "  extension: [pdf, .pdf]", "tests:", "  accept:", "    - {nom: rapport, extension: pdf}",
                  "  reject:", "    - {nom: rapport, extension: doc}"]
    else:
        lines += ["proposals: |", "  Deux moteurs : ${m1} et ${m2}", "answers:", "  - [Qwant]", "  - [Bing]", "  - [Google]",
                  "tests:", "  accept:", "    - {m1: Bing, m2: Qwant}", "  reject:", "    - {m1: Bing, m2: Bing}"]
    return "\n".join(lines) + "\n"

def randomized(rng, cid, skill, variants, prototype=None):
    """A challenge with a dataset: two drawn values, a derived one, a constraint, templated texts."""
    kind = rng.choice(["QROC", "QCU"])
    lines = [f"id: {cid}", f'skill: "{skill}"', f"type: {kind}", "status: validé", "locales: [fr]",
             *([f"variantOf: {prototype}"] if prototype else []),
             "instruction: |",
             "  Un fichier de {{ taille }} Mo est téléchargé à {{ debit }} Mo/s.",
             "  " + sentence(rng, 10) + ".",
             "  Combien de secondes faut-il pour le télécharger ?"]
    if kind == "QROC":
        lines += ['proposals: "${duree} secondes"', 'answers: ["{{ taille / debit }}"]', "format: nombre"]
    else:
        lines += ["options:", '  - text: "{{ taille / debit }} secondes"', "    correct: oui",
                  '  - text: "{{ taille * debit }} secondes"', '  - text: "{{ taille / debit + 1 }} secondes"']
    lines += ["data:", "  values:", "    debit: pick([2, 4, 5, 8, 10])", "    facteur: integer(3, 400)",
              "  derived:", "    taille: debit * facteur", "  constraints:", "    - taille <= 2000",
              f"variants: {variants}", "tests:"]
    if kind == "QROC":
        lines += ['  accept: ["{{ taille / debit }}"]', '  reject: ["{{ taille * debit }}"]']
    else:
        lines += ['  accept: ["1"]', '  reject: ["2"]']
    return "\n".join(lines) + "\n"

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--megabytes", type=float, default=50)
    parser.add_argument("--referential", required=True)
    parser.add_argument("--challenges", type=int, default=0, help="stop after this many challenges (instead of --megabytes)")
    parser.add_argument("--randomized-every", type=int, default=0, help="every Nth challenge has a dataset")
    parser.add_argument("--variants", type=int, default=25, help="variants per challenge with a dataset")
    args = parser.parse_args()
    rng = random.Random(20261123)
    shutil.rmtree(args.out, ignore_errors=True)
    shutil.copytree(args.referential, os.path.join(args.out, "Referential"))
    target = int(args.megabytes * 1024 * 1024)
    written, count = 0, 0
    kinds = ["QCU", "QCM", "QROC", "QROCM-ind", "QROCM-dep"]
    tube_index = 0
    while (count < args.challenges) if args.challenges else (written < target):
        tube = f"banc{tube_index}"
        folder = os.path.join(args.out, "Challenges", "1.1", tube)
        os.makedirs(folder)
        tube_text = (f'name: "@{tube}"\ncompetence: "1.1"\nthematic: THEMATIC\ntitle: Banc {tube_index}\n'
                     f"description: Tube généré pour les mesures.\nskills:\n" +
                     "".join(f"  - {{level: {l}, status: actif}}\n" for l in range(1, 7)))
        with open(os.path.join(folder, "tube.yaml"), "w") as f:
            f.write(tube_text)
        written += len(tube_text.encode())
        for i in range(60):
            if args.challenges and count >= args.challenges:
                break
            # One validé prototype per skill (the first six), then validé variants of them.
            prototype = None if i < 6 else f"{tube}-{i % 6}"
            if args.randomized_every and count % args.randomized_every == 0:
                text = randomized(rng, f"{tube}-{i}", f"@{tube}{1 + i % 6}", args.variants, prototype)
            else:
                text = challenge(rng, f"{tube}-{i}", f"@{tube}{1 + i % 6}", kinds[i % 5], prototype)
            with open(os.path.join(folder, f"epreuve-{i}.yaml"), "w") as f:
                f.write(text)
            written += len(text.encode())
            count += 1
        tube_index += 1
    print(f"{count} challenges, {tube_index} tubes, {written / 1024 / 1024:.1f} MB in {args.out}")

if __name__ == "__main__":
    main()
