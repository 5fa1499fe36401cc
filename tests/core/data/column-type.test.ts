import { describe, expect, it } from 'vitest';
import { chooseType, looksLikeIdName } from '../../../src/core/data/column-type.ts';

describe('looksLikeIdName', () => {
  it('recognises id column names in English and Chinese', () => {
    for (const name of ['id', 'ID', 'Id', 'No', 'No.', 'CustomerId', 'CustomerID', 'CUST_ID', 'cust_id', 'client id', 'CLIENTNUM', 'RowNumber', 'AccountNo', 'Card_No', 'customer_no', 'index', '编号', '客户号', '客户编号', '账号', '序号', '客户ID', '客户代码']) {
      expect(looksLikeIdName(name), name).toBe(true);
    }
  });

  it('does not mistake ordinary indicator names for ids', () => {
    for (const name of ['Paid', 'AMOUNT_PAID', 'Valid', 'NumOfProducts', 'Dependent_count', 'Balance', 'Income', 'Surname', 'Tenure', '存款余额', 'Months_on_book', 'Total_Trans_Ct']) {
      expect(looksLikeIdName(name), name).toBe(false);
    }
  });
});

describe('chooseType', () => {
  const base = { name: 'x', rows: 10, missing: 0, numbers: 10, excelErrors: 0, distinctTexts: 10, wholeNumbers: true };

  it('makes unique whole numbers an identifier only when the name says id', () => {
    expect(chooseType({ ...base, name: 'CustomerId' })).toBe('identifier');
    expect(chooseType({ ...base, name: 'Age' })).toBe('numeric');
  });

  it('keeps an id-named column numeric when its numbers are not whole or repeat', () => {
    expect(chooseType({ ...base, name: 'No', wholeNumbers: false })).toBe('numeric');
    expect(chooseType({ ...base, name: 'No', distinctTexts: 9 })).toBe('numeric');
  });

  it('needs 90% numbers among filled cells for numeric', () => {
    expect(chooseType({ ...base, numbers: 9, distinctTexts: 5 })).toBe('numeric');
    expect(chooseType({ ...base, numbers: 8, distinctTexts: 5 })).toBe('categorical');
    // 4 missing: 6 filled, 5 numbers = 83% → categorical; 6 numbers → numeric
    expect(chooseType({ ...base, missing: 4, numbers: 5, distinctTexts: 3 })).toBe('categorical');
    expect(chooseType({ ...base, missing: 4, numbers: 6, distinctTexts: 3 })).toBe('numeric');
  });

  it('makes unique text with no missing cell an identifier, and anything else categorical', () => {
    expect(chooseType({ ...base, numbers: 0 })).toBe('identifier');
    expect(chooseType({ ...base, numbers: 0, missing: 1, distinctTexts: 9 })).toBe('categorical');
    expect(chooseType({ ...base, numbers: 0, distinctTexts: 3 })).toBe('categorical');
    expect(chooseType({ ...base, rows: 1, numbers: 0, distinctTexts: 1 })).toBe('categorical');
  });

  it('calls an all-missing column categorical', () => {
    expect(chooseType({ ...base, missing: 10, numbers: 0, distinctTexts: 0 })).toBe('categorical');
  });
});
