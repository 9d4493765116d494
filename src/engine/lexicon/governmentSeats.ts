// Seats of government that news copy uses for the office that speaks from them: `Downing Street
// said`, `the Kremlin announced`, `No10 added`. Such a name is a body, a speaker, never a person.
const SEATS = [
  'kremlin', 'white house', 'downing street', 'no10', 'no 10', 'no. 10', 'number 10', 'number ten', 'élysée', 'elysee',
  'élysée palace', 'elysee palace', 'blue house', 'akorda', 'ak orda', 'quai d’orsay', "quai d'orsay", 'zhongnanhai',
  'chancellery', 'bankova', 'south block', 'malacañang', 'malacanang', 'casa rosada', 'planalto',
  'los pinos', 'palacio nacional', 'rideau hall', 'beehive', 'kantei', 'istana', 'merdeka palace',
  'cheong wa dae', 'palazzo chigi', 'quirinale', 'moncloa', 'la moncloa', 'schloss bellevue', 'ak saray', 'aso rock',
  'union buildings', 'rashtrapati bhavan', 'foggy bottom', 'qasr al watan',
];
const SEAT_SET = new Set(SEATS);
const SEAT_STARTS = new Set(SEATS.map((seat) => seat.split(' ')[0]));
/** Whether a word in lower case may start a seat of government's name (a cheap test before the whole name is read). */
export function isGovernmentSeatStart(lower: string): boolean {
  return SEAT_STARTS.has(lower);
}
/** Whether a name is a seat of government's (`Cheong Wa Dae`), a body and never a person. */
export function isGovernmentSeat(name: string): boolean {
  return SEAT_SET.has(name.toLowerCase());
}
/** The longest seat of government the words start with, as a pattern source (for the body patterns). */
export const GOVERNMENT_SEAT_SOURCE = [...SEATS].sort((a, b) => b.length - a.length)
  .map((s) => s.replace(/[.]/g, '\\.').replace(/[’']/g, "['’]").replace(/\s+/g, '\\s+')).join('|');
