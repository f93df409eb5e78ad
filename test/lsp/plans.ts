/** Plans shared by the LSP tests (not a test file itself). */
export const PLAN = `scaling-plan: 1
pilot:
  name: Interventiemedewerker
  owner: ns
  drivers:
    - name: Coördinator
      partner: ns
      embedded: true
routes:
  in:
    ambition: Vaste functie.
    actions: [a1, a2]
ingredients:
  financing:
    status: insufficient
    funders:
      - partner: gemeente
        kind: temporary
    actions: [a2]
partners:
  - id: ns
    name: NS
    type: other
    roles: [owner, implementer]
    involvement: involved
  - id: "gemeente"
    name: Gemeente Utrecht
    type: municipality
    roles: [funder, policy]
actions:
  - id: a1
    title: Functieprofiel opstellen
    owner: ns
    due: 2025-03-01
    status: open
  - id: a2
    title: Structurele financiering regelen
    owner: gemeente
`;

/** 0-based position of the `nth` occurrence of `needle` (plus `shift` characters). */
export function at(text: string, needle: string, nth = 0, shift = 0): { line: number; character: number } {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`${needle} #${nth} not in text`);
  }
  const before = text.slice(0, i + shift).split('\n');
  return { line: before.length - 1, character: before[before.length - 1]!.length };
}
