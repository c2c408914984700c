const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** GB 32100-2015: 18 characters of the code alphabet, the last a check character over the first 17. */
export function isValidCreditCode(code: string): boolean {
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code)) return false;
  const sum = WEIGHTS.reduce((acc, weight, i) => acc + ALPHABET.indexOf(code[i]) * weight, 0);
  const check = (31 - (sum % 31)) % 31;
  return ALPHABET[check] === code[17];
}
