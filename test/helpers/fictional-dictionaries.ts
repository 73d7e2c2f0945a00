/**
 * Our own small PETRARCH dictionary set, as files: fictional states, one agent, one dated leader,
 * one story discard, one verb with a pattern, and one malformed actor line (a warning, not a crash).
 */
export const FICTIONAL_DICTIONARIES: Readonly<Record<string, string>> = {
  'test.actors.txt': 'VALDORIA [VAL]\n+VALDORIAN\nMARA_KESS\n\t[VALGOV 20050115-20091231]\n\t[VALELI]\nOSTRAVIA [OST]\nBROKEN [XX\n',
  'test.agents.txt': 'SKY_RANGER [~MIL]\n',
  'test.discards.txt': '+SKYBALL LEAGUE\n',
  'test.verbs.txt': '--- RESTORE [064] ---\nRESTORE\n- * TIES [065]\n',
};
