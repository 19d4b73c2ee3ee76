import ExcelJS from 'exceljs';

/**
 * A committee's own list as it is kept in Excel: a title over the table, the period's two
 * columns under one merged header, Danish dates and amounts written by hand, a date cell, a
 * number cell, an empty row and a day that is not in the calendar.
 */
export async function committeeList(path: string, headerAt = 2): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Noter').addRow(['Referat fra mødet']);
  const ws = workbook.addWorksheet('Aktiviteter 2027');
  if (headerAt === 2) {
    ws.addRow(['Udvalgets aktivitetsliste']);
    ws.mergeCells('A1:J1');
  }
  const header = ws.addRow([
    'Aktivitet',
    'Beskrivelse',
    'Ansvarlig',
    'Periode',
    null,
    'Status',
    'Budget',
    'Forbrugt',
    'Målgruppe',
    'Kompetence',
  ]);
  ws.mergeCells(header.number, 4, header.number, 5);
  ws.addRow([
    'Kursus i Excel',
    'Tre formiddage',
    'anne  hansen',
    '1.3.2027',
    'dec. 2027',
    'planlagt',
    '12.500 kr.',
    '12500,50',
    'SAGSBEHANDLERE',
    'Digital forstaaelse',
  ]);
  ws.addRow([
    'Workshop om kunstig intelligens',
    null,
    'Bo Ørsted',
    new Date(Date.UTC(2027, 4, 1)),
    '31-12-2027',
    'I gang',
    'kr. 8.000,-',
    4000,
    'Ledere; Sagsbehandlere',
    'Ny kompetence',
  ]);
  ws.addRow([]);
  ws.addRow(['Sprint om sagsgange', null, null, '31.02.2027', null, 'Idé', '5000']);
  ws.addRow(['Peer-læring', null, null, '2027-09-01', 'september 2027', 'gennemført', 0]);
  await workbook.xlsx.writeFile(path);
}
