import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/shared/survey/csv';
import { answerScale } from '../../../src/shared/survey/answer-scale';

describe('reading a survey tool’s CSV', () => {
  it('reads a Danish export: BOM, semicolons, comma decimals, quotes and line breaks in a field', () => {
    const text =
      '\ufeff"Id";"Afdeling";"Score";"Kommentar"\r\n' +
      '1;Løn;4,5;"Godt; men ""for"" kort\r\nnæste gang længere"\r\n' +
      '\r\n' +
      '2;"HR";3;\n';
    expect(parseCsv(text)).toEqual([
      ['Id', 'Afdeling', 'Score', 'Kommentar'],
      ['1', 'Løn', '4,5', 'Godt; men "for" kort\r\nnæste gang længere'],
      ['2', 'HR', '3', ''],
    ]);
  });

  it('reads a comma- or tab-separated file by its header line, and a last line without a break', () => {
    expect(parseCsv('a,b\n"1,5",2')).toEqual([
      ['a', 'b'],
      ['1,5', '2'],
    ]);
    expect(parseCsv('a\tb\n1\t2\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });
});

describe('reading an answer on the five-step scale', () => {
  const scale = answerScale(['', '', '', '', 'Kan undervise andre']);

  it('reads numbers, coded answers, the tools’ scale words and the plan’s own level names', () => {
    expect(['1', '5', '4,0', '4 - Enig', '3. I nogen grad'].map((a) => scale.level(a))).toEqual([
      1, 5, 4, 4, 3,
    ]);
    expect(
      ['Meget uenig', ' meget  ENIG ', 'Hverken enig eller uenig', 'I meget høj grad'].map((a) =>
        scale.level(a),
      ),
    ).toEqual([1, 5, 3, 5]);
    expect(scale.level('Kan undervise andre')).toBe(5);
    expect(scale.level('Kender ikke til det')).toBe(1);
  });

  it('leaves out blanks, »Ved ikke« and codes off the scale, and cannot read anything else', () => {
    expect(['', 'Ved ikke', '6', '-1', '0'].map((a) => scale.level(a))).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(scale.level('4,5')).toBeUndefined();
    expect(scale.level('Jeg synes det går fint')).toBeUndefined();
  });
});
