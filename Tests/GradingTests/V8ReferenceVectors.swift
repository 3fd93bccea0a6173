// Reference vectors produced by V8 (Node.js 20.20, ICU 78.2, Unicode 17) from the JavaScript
// expressions Pix uses, on random and hand-picked strings. They pin the JavaScript string
// semantics this module reproduces: `\s`, `trim`, `toLowerCase` (final sigma, İ),
// `normalize`, `parseFloat`/`Number`, the option-list and block regular expressions.
// One JSON object per line; non-ASCII characters are \u escapes.
//
// fn "treat": input -> pre (pre-treatment), t1, t2, t12 (t1 then t2), pret12 (pre-treatment,
//   then t1 and t2).
// fn "lev": Levenshtein distance over UTF-16 code units.
// fn "num": isNumeric and cleanStringAndParseFloat ("NaN", "Infinity" or the JavaScript
//   number's decimal text).
// fn "opts": mon-pix proposals-as-array.
// fn "props": mon-pix block split (pieces, empty ones dropped) and the API's qrocBlocksTypes
//   (key and isSelect in object key order; apiCrash when the key pattern finds no key).
let v8ReferenceVectors = ##"""
{"fn":"treat","input":"\u039f\u0394\u039f\u03a3 \u03a3\u039f\u03a6\u039f\u03a3","pre":"\u039f\u0394\u039f\u03a3 \u03a3\u039f\u03a6\u039f\u03a3","t1":"\u03bf\u03b4\u03bf\u03c2\u03c3\u03bf\u03c6\u03bf\u03c2","t2":" ","t12":"","pret12":""}
{"fn":"treat","input":"\u0391\u03a3","pre":"\u0391\u03a3","t1":"\u03b1\u03c2","t2":"","t12":"","pret12":""}
{"fn":"treat","input":"\u03a3","pre":"\u03a3","t1":"\u03c3","t2":"","t12":"","pret12":""}
{"fn":"treat","input":"a\u03a3.","pre":"a\u03a3.","t1":"a\u03c2.","t2":"a","t12":"a","pret12":"a"}
{"fn":"treat","input":"\u0130stanbul","pre":"\u0130stanbul","t1":"istanbul","t2":"stanbul","t12":"istanbul","pret12":"istanbul"}
{"fn":"treat","input":"ISTANBUL","pre":"ISTANBUL","t1":"istanbul","t2":"ISTANBUL","t12":"istanbul","pret12":"istanbul"}
{"fn":"treat","input":"\ud55c\uae00","pre":"\ud55c\uae00","t1":"\u1112\u1161\u11ab\u1100\u1173\u11af","t2":"","t12":"","pret12":""}
{"fn":"treat","input":"\u216b","pre":"\u216b","t1":"\u217b","t2":"","t12":"","pret12":""}
{"fn":"treat","input":"\ufb01n","pre":"\ufb01n","t1":"\ufb01n","t2":"n","t12":"n","pret12":"n"}
{"fn":"treat","input":"\u0152uvre","pre":"\u0152uvre","t1":"\u0153uvre","t2":"uvre","t12":"uvre","pret12":"uvre"}
{"fn":"treat","input":"STRASSE \u1e9e","pre":"STRASSE \u1e9e","t1":"strasse\u00df","t2":"STRASSE ","t12":"strasse","pret12":"strasse"}
{"fn":"treat","input":"Mot Cl\u00e9","pre":"Mot Cl\u00e9","t1":"motcle","t2":"Mot Cl","t12":"motcle","pret12":"motcle"}
{"fn":"treat","input":"  Shi Foo-Bar  ","pre":"  Shi Foo-Bar  ","t1":"shifoo-bar","t2":" Shi FooBar ","t12":"shifoobar","pret12":"shifoobar"}
{"fn":"treat","input":"e\u0301t\u00e9","pre":"\u00e9t\u00e9","t1":"ete","t2":"et","t12":"ete","pret12":"ete"}
{"fn":"treat","input":"\u00a0Paris\u00a0","pre":" Paris ","t1":"paris","t2":"Paris","t12":"paris","pret12":"paris"}
{"fn":"treat","input":"\t1\u00a0000\n","pre":"\t1 000\n","t1":"1000","t2":"1000","t12":"1000","pret12":"1000"}
{"fn":"treat","input":"\ud83d\ude00 smile","pre":"\ud83d\ude00 smile","t1":"\ud83d\ude00smile","t2":" smile","t12":"smile","pret12":"smile"}
{"fn":"treat","input":"\u01c4emal","pre":"\u01c4emal","t1":"\u01c6emal","t2":"emal","t12":"emal","pret12":"emal"}
{"fn":"treat","input":"\u01c5","pre":"\u01c5","t1":"\u01c6","t2":"","t12":"","pret12":""}
{"fn":"treat","input":"Kelvin \u212a","pre":"Kelvin K","t1":"kelvink","t2":"Kelvin ","t12":"kelvink","pret12":"kelvink"}
{"fn":"treat","input":"\u2126hm","pre":"\u03a9hm","t1":"\u03c9hm","t2":"hm","t12":"hm","pret12":"hm"}
{"fn":"treat","input":"\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000b\f\r\u000e\u000f\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\u007f\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008a\u008b\u008c\u008d\u008e\u008f\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009a\u009b\u009c\u009d\u009e\u009f\u00a0\u00a1\u00a2\u00a3\u00a4\u00a5\u00a6\u00a7\u00a8\u00a9\u00aa\u00ab\u00ac\u00ad\u00ae\u00af\u00b0\u00b1\u00b2\u00b3\u00b4\u00b5\u00b6\u00b7\u00b8\u00b9\u00ba\u00bb\u00bc\u00bd\u00be\u00bf\u00c0\u00c1\u00c2\u00c3\u00c4\u00c5\u00c6\u00c7\u00c8\u00c9\u00ca\u00cb\u00cc\u00cd\u00ce\u00cf\u00d0\u00d1\u00d2\u00d3\u00d4\u00d5\u00d6\u00d7\u00d8\u00d9\u00da\u00db\u00dc\u00dd\u00de\u00df\u00e0\u00e1\u00e2\u00e3\u00e4\u00e5\u00e6\u00e7\u00e8\u00e9\u00ea\u00eb\u00ec\u00ed\u00ee\u00ef\u00f0\u00f1\u00f2\u00f3\u00f4\u00f5\u00f6\u00f7\u00f8\u00f9\u00fa\u00fb\u00fc\u00fd\u00fe\u00ff","pre":"\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000b\f\r\u000e\u000f\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\u007f\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008a\u008b\u008c\u008d\u008e\u008f\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009a\u009b\u009c\u009d\u009e\u009f \u00a1\u00a2\u00a3\u00a4\u00a5\u00a6\u00a7\u00a8\u00a9\u00aa\u00ab\u00ac\u00ad\u00ae\u00af\u00b0\u00b1\u00b2\u00b3\u00b4\u00b5\u00b6\u00b7\u00b8\u00b9\u00ba\u00bb\u00bc\u00bd\u00be\u00bf\u00c0\u00c1\u00c2\u00c3\u00c4\u00c5\u00c6\u00c7\u00c8\u00c9\u00ca\u00cb\u00cc\u00cd\u00ce\u00cf\u00d0\u00d1\u00d2\u00d3\u00d4\u00d5\u00d6\u00d7\u00d8\u00d9\u00da\u00db\u00dc\u00dd\u00de\u00df\u00e0\u00e1\u00e2\u00e3\u00e4\u00e5\u00e6\u00e7\u00e8\u00e9\u00ea\u00eb\u00ec\u00ed\u00ee\u00ef\u00f0\u00f1\u00f2\u00f3\u00f4\u00f5\u00f6\u00f7\u00f8\u00f9\u00fa\u00fb\u00fc\u00fd\u00fe\u00ff","t1":"\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\u000e\u000f\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f!\"#$%&'()*+,-./0123456789:;<=>?@abcdefghijklmnopqrstuvwxyz[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\u007f\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008a\u008b\u008c\u008d\u008e\u008f\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009a\u009b\u009c\u009d\u009e\u009f\u00a1\u00a2\u00a3\u00a4\u00a5\u00a6\u00a7\u00a8\u00a9\u00aa\u00ab\u00ac\u00ad\u00ae\u00af\u00b0\u00b1\u00b2\u00b3\u00b4\u00b5\u00b6\u00b7\u00b8\u00b9\u00ba\u00bb\u00bc\u00bd\u00be\u00bfaaaaaa\u00e6ceeeeiiii\u00f0nooooo\u00d7\u00f8uuuuy\u00fe\u00dfaaaaaa\u00e6ceeeeiiii\u00f0nooooo\u00f7\u00f8uuuuy\u00fey","t2":" 0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz","t12":"0123456789abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzaaaaaaceeeeiiiinooooouuuuyaaaaaaceeeeiiiinooooouuuuyy","pret12":"0123456789abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzaaaaaaceeeeiiiinooooouuuuyaaaaaaceeeeiiiinooooouuuuyy"}
{"fn":"treat","input":"\u00ff\u00fe\u00fd\u00fc\u00fb\u00fa\u00f9\u00f8\u00f7\u00f6\u00f5\u00f4\u00f3\u00f2\u00f1\u00f0\u00ef\u00ee\u00ed\u00ec\u00eb\u00ea\u00e9\u00e8\u00e7\u00e6\u00e5\u00e4\u00e3\u00e2\u00e1\u00e0\u00df\u00de\u00dd\u00dc\u00db\u00da\u00d9\u00d8\u00d7\u00d6\u00d5\u00d4\u00d3\u00d2\u00d1\u00d0\u00cf\u00ce\u00cd\u00cc\u00cb\u00ca\u00c9\u00c8\u00c7\u00c6\u00c5\u00c4\u00c3\u00c2\u00c1\u00c0\u00bf\u00be\u00bd\u00bc\u00bb\u00ba\u00b9\u00b8\u00b7\u00b6\u00b5\u00b4\u00b3\u00b2\u00b1\u00b0\u00af\u00ae\u00ad\u00ac\u00ab\u00aa\u00a9\u00a8\u00a7\u00a6\u00a5\u00a4\u00a3\u00a2\u00a1\u00a0\u009f\u009e\u009d\u009c\u009b\u009a\u0099\u0098\u0097\u0096\u0095\u0094\u0093\u0092\u0091\u0090\u008f\u008e\u008d\u008c\u008b\u008a\u0089\u0088\u0087\u0086\u0085\u0084\u0083\u0082\u0081\u0080\u007f~}|{zyxwvutsrqponmlkjihgfedcba`_^]\\[ZYXWVUTSRQPONMLKJIHGFEDCBA@?>=<;:9876543210/.-,+*)('&%$#\"! \u001f\u001e\u001d\u001c\u001b\u001a\u0019\u0018\u0017\u0016\u0015\u0014\u0013\u0012\u0011\u0010\u000f\u000e\r\f\u000b\n\t\b\u0007\u0006\u0005\u0004\u0003\u0002\u0001\u0000\u0100","pre":"\u00ff\u00fe\u00fd\u00fc\u00fb\u00fa\u00f9\u00f8\u00f7\u00f6\u00f5\u00f4\u00f3\u00f2\u00f1\u00f0\u00ef\u00ee\u00ed\u00ec\u00eb\u00ea\u00e9\u00e8\u00e7\u00e6\u00e5\u00e4\u00e3\u00e2\u00e1\u00e0\u00df\u00de\u00dd\u00dc\u00db\u00da\u00d9\u00d8\u00d7\u00d6\u00d5\u00d4\u00d3\u00d2\u00d1\u00d0\u00cf\u00ce\u00cd\u00cc\u00cb\u00ca\u00c9\u00c8\u00c7\u00c6\u00c5\u00c4\u00c3\u00c2\u00c1\u00c0\u00bf\u00be\u00bd\u00bc\u00bb\u00ba\u00b9\u00b8\u00b7\u00b6\u00b5\u00b4\u00b3\u00b2\u00b1\u00b0\u00af\u00ae\u00ad\u00ac\u00ab\u00aa\u00a9\u00a8\u00a7\u00a6\u00a5\u00a4\u00a3\u00a2\u00a1 \u009f\u009e\u009d\u009c\u009b\u009a\u0099\u0098\u0097\u0096\u0095\u0094\u0093\u0092\u0091\u0090\u008f\u008e\u008d\u008c\u008b\u008a\u0089\u0088\u0087\u0086\u0085\u0084\u0083\u0082\u0081\u0080\u007f~}|{zyxwvutsrqponmlkjihgfedcba`_^]\\[ZYXWVUTSRQPONMLKJIHGFEDCBA@?>=<;:9876543210/.-,+*)('&%$#\"! \u001f\u001e\u001d\u001c\u001b\u001a\u0019\u0018\u0017\u0016\u0015\u0014\u0013\u0012\u0011\u0010\u000f\u000e\r\f\u000b\n\t\b\u0007\u0006\u0005\u0004\u0003\u0002\u0001\u0000\u0100","t1":"y\u00feyuuuu\u00f8\u00f7ooooon\u00f0iiiieeeec\u00e6aaaaaa\u00df\u00feyuuuu\u00f8\u00d7ooooon\u00f0iiiieeeec\u00e6aaaaaa\u00bf\u00be\u00bd\u00bc\u00bb\u00ba\u00b9\u00b8\u00b7\u00b6\u00b5\u00b4\u00b3\u00b2\u00b1\u00b0\u00af\u00ae\u00ad\u00ac\u00ab\u00aa\u00a9\u00a8\u00a7\u00a6\u00a5\u00a4\u00a3\u00a2\u00a1\u009f\u009e\u009d\u009c\u009b\u009a\u0099\u0098\u0097\u0096\u0095\u0094\u0093\u0092\u0091\u0090\u008f\u008e\u008d\u008c\u008b\u008a\u0089\u0088\u0087\u0086\u0085\u0084\u0083\u0082\u0081\u0080\u007f~}|{zyxwvutsrqponmlkjihgfedcba`_^]\\[zyxwvutsrqponmlkjihgfedcba@?>=<;:9876543210/.-,+*)('&%$#\"!\u001f\u001e\u001d\u001c\u001b\u001a\u0019\u0018\u0017\u0016\u0015\u0014\u0013\u0012\u0011\u0010\u000f\u000e\b\u0007\u0006\u0005\u0004\u0003\u0002\u0001\u0000a","t2":"zyxwvutsrqponmlkjihgfedcbaZYXWVUTSRQPONMLKJIHGFEDCBA9876543210 ","t12":"yyuuuuoooooniiiieeeecaaaaaayuuuuoooooniiiieeeecaaaaaazyxwvutsrqponmlkjihgfedcbazyxwvutsrqponmlkjihgfedcba9876543210a","pret12":"yyuuuuoooooniiiieeeecaaaaaayuuuuoooooniiiieeeecaaaaaazyxwvutsrqponmlkjihgfedcbazyxwvutsrqponmlkjihgfedcba9876543210a"}
{"fn":"num","input":"1 000","isNumeric":true,"clean":"1000"}
{"fn":"num","input":"1 000 000","isNumeric":false,"clean":"1000"}
{"fn":"num","input":" 1 000","isNumeric":true,"clean":"1"}
{"fn":"num","input":" 12","isNumeric":true,"clean":"12"}
{"fn":"num","input":"12 ","isNumeric":true,"clean":"12"}
{"fn":"num","input":"1,5","isNumeric":true,"clean":"1.5"}
{"fn":"num","input":"1.5","isNumeric":true,"clean":"1.5"}
{"fn":"num","input":"1,5,6","isNumeric":false,"clean":"1.5"}
{"fn":"num","input":"0x1A","isNumeric":true,"clean":"0"}
{"fn":"num","input":"0X1a","isNumeric":true,"clean":"0"}
{"fn":"num","input":"0b101","isNumeric":true,"clean":"0"}
{"fn":"num","input":"0o17","isNumeric":true,"clean":"0"}
{"fn":"num","input":"1e3","isNumeric":true,"clean":"1000"}
{"fn":"num","input":"1E-3","isNumeric":true,"clean":"0.001"}
{"fn":"num","input":"1e","isNumeric":false,"clean":"1"}
{"fn":"num","input":"Infinity","isNumeric":true,"clean":"Infinity"}
{"fn":"num","input":"-Infinity","isNumeric":true,"clean":"-Infinity"}
{"fn":"num","input":"infinity","isNumeric":false,"clean":"NaN"}
{"fn":"num","input":".5","isNumeric":true,"clean":"0.5"}
{"fn":"num","input":"5.","isNumeric":true,"clean":"5"}
{"fn":"num","input":"+5","isNumeric":true,"clean":"5"}
{"fn":"num","input":"-.5","isNumeric":true,"clean":"-0.5"}
{"fn":"num","input":"","isNumeric":false,"clean":"NaN"}
{"fn":"num","input":"   ","isNumeric":false,"clean":"NaN"}
{"fn":"num","input":",","isNumeric":false,"clean":"NaN"}
{"fn":"num","input":"1\u00a0000","isNumeric":false,"clean":"1"}
{"fn":"num","input":"- 5","isNumeric":true,"clean":"-5"}
{"fn":"num","input":" - 5","isNumeric":true,"clean":"NaN"}
{"fn":"num","input":"1_000","isNumeric":false,"clean":"1"}
{"fn":"num","input":"0123","isNumeric":true,"clean":"123"}
{"fn":"num","input":"00025 000","isNumeric":true,"clean":"25000"}
{"fn":"num","input":"123,,00","isNumeric":false,"clean":"123"}
{"fn":"num","input":"123..00","isNumeric":false,"clean":"123"}
{"fn":"num","input":"123,.00","isNumeric":false,"clean":"123"}
{"fn":"num","input":"1e400","isNumeric":true,"clean":"Infinity"}
{"fn":"num","input":"\u0661\u0662","isNumeric":false,"clean":"NaN"}
{"fn":"treat","input":"\u2126","pre":"\u03a9","t1":"\u03c9","t2":"","t12":"","pret12":""}
{"fn":"lev","a":"1","b":"$E\u0301\u2000\u00c5\u00b2","d":6}
{"fn":"num","input":"","isNumeric":false,"clean":"NaN"}
{"fn":"opts","input":"a\u2028\r\n\n  -    \n-","output":["-"]}
{"fn":"props","input":"${e options=[\"x\",\"y\"]}#${a\nb}","front":["${e options=[\"x\",\"y\"]}","#","${a\nb}"],"api":[["e",true]],"apiCrash":false}
{"fn":"treat","input":"\u00b0-`","pre":"\u00b0-`","t1":"\u00b0-`","t2":"","t12":"","pret12":""}
{"fn":"lev","a":"\f\u00c5","b":"<\u3000-\u20ac\u0153\u0153","d":6}
{"fn":"num","input":"-f","isNumeric":false,"clean":"NaN"}
{"fn":"opts","input":"\n- \r\n\r\n","output":[""]}
{"fn":"props","input":"OPTIONSx","front":["OPTIONSx"],"api":[],"apiCrash":false}
{"fn":"treat","input":"\n\u2026<\u216b!\u3000\u180e\u03c3A\u030a]","pre":"\n\u2026<\u216b!\u3000\u180e\u03c3\u00c5]","t1":"\u2026<\u217b!\u180e\u03c3a]","t2":"A","t12":"a","pret12":"a"}
{"fn":"lev","a":"\u0153\u00bb}`.","b":"\u1c90\u200a\u0419`  \f","d":6}
{"fn":"num","input":"0b9\n","isNumeric":false,"clean":"0"}
{"fn":"opts","input":"- a- - -","output":["a- - -"]}
{"fn":"props","input":"","front":[],"api":[],"apiCrash":false}
{"fn":"treat","input":"~","pre":"~","t1":"~","t2":"","t12":"","pret12":""}
{"fn":"lev","a":"%c\u03270\u00e0\u00b2=","b":"\u1e9e\u0152c\u0327&","d":6}
{"fn":"num","input":"0b10o0x","isNumeric":false,"clean":"0"}
{"fn":"opts","input":"","output":[]}
{"fn":"props","input":" ${d#p\u00a7a}${[${10}","front":[" ","${d#p\u00a7a}","${[${10}"],"api":[["d",false],["[${10",false]],"apiCrash":false}
{"fn":"treat","input":"-*","pre":"-*","t1":"-*","t2":"","t12":"","pret12":""}
{"fn":"lev","a":"=e^","b":"\u00e7\\\u00c9\ufb01\ud55c","d":5}
{"fn":"num","input":"x","isNumeric":false,"clean":"NaN"}
{"fn":"opts","input":"","output":[]}
{"fn":"props","input":"OPTIONS[${}","front":["OPTIONS[${}"],"api":[],"apiCrash":true}
{"fn":"treat","input":"\u00bd\u0386\uff10.*#_","pre":"\u00bd\u0386\uff10.*#_","t1":"\u00bd\u03b1\uff10.*#_","t2":"","t12":"","pret12":""}
{"fn":"lev","a":"E~\u00fc\nE\u0301$\u01c4","b":"","d":8}
{"fn":"num","input":"2+\te1 000","isNumeric":false,"clean":"2"}
{"fn":"opts","input":"\n-\u2028\n- ","output":["- "]}
{"fn":"props","input":" options]${e options=[\"x\",\"y\"]}${01}","front":[" options]","${e options=[\"x\",\"y\"]}","${01}"],"api":[["e",true],["01",false]],"apiCrash":false}
{"fn":"treat","input":"0\u2019\u00b0 c\u03279)\u20d7\u00c6","pre":"0\u2019\u00b0 \u00e79)\u20d7\u00c6","t1":"0\u2019\u00b0c9)\u20d7\u00e6","t2":"0 c9","t12":"0c9","pret12":"0c9"}
{"fn":"lev","a":"$","b":"]\u01c4\u2007>","d":4}
{"fn":"num","input":"1+","isNumeric":false,"clean":"1"}
{"fn":"opts","input":"\u00a0\r\n-\r\na-","output":["a-"]}
{"fn":"props","input":"{${0}{${a}","front":["{","${0}","{","${a}"],"api":[["0",false],["a",false]],"apiCrash":false}
{"fn":"treat","input":"\u0323/E\u0345~\u0386Z=E","pre":"\u0323/E\u0345~\u0386Z=E","t1":"/e~\u03b1z=e","t2":"EZE","t12":"eze","pret12":"eze"}
{"fn":"lev","a":"%e\u0390 \u0345!&","b":"\u2019\ud801\udc28","d":7}
{"fn":"num","input":"\naF1","isNumeric":false,"clean":"NaN"}
{"fn":"opts","input":"\n-c","output":["c"]}
{"fn":"props","input":"#","front":["#"],"api":[],"apiCrash":false}
{"fn":"treat","input":"\u0391\u03a3c\u0327\u200a\rZ_\u03c3\u1680\u1dc0\u00bd","pre":"\u0391\u03a3\u00e7\u200a\rZ_\u03c3\u1680\u1dc0\u00bd","t1":"\u03b1\u03c3cz_\u03c3\u1dc0\u00bd","t2":"cZ","t12":"cz","pret12":"cz"}
{"fn":"lev","a":"(\u20001\n\u00ab>\u00df","b":"\u205f\u1680","d":7}
{"fn":"num","input":"2_xf","isNumeric":false,"clean":"2"}
{"fn":"opts","input":"\n\n-\r\n- ","output":["- "]}
{"fn":"props","input":"","front":[],"api":[],"apiCrash":false}
{"fn":"treat","input":"+\u2019\u00e7\u3000\ud801\udc00\u00b2\u216b","pre":"+\u2019\u00e7\u3000\ud801\udc00\u00b2\u216b","t1":"+\u2019c\ud801\udc28\u00b2\u217b","t2":"","t12":"c","pret12":"c"}
{"fn":"lev","a":"\u00ab^\u20ac\u0153)I","b":"\"\r","d":6}
{"fn":"num","input":"","isNumeric":false,"clean":"NaN"}
{"fn":"opts","input":"-    \n  -  abc","output":["-  abc"]}
{"fn":"props","input":"${f value=\"v\"}","front":["${f value=\"v\"}"],"api":[["f value=\"v\"",false]],"apiCrash":false}
{"fn":"treat","input":"\u00ab\u2026'\u3000$\u00ab:\f0\u0085\u00b0","pre":"\u00ab\u2026'\u3000$\u00ab:\f0\u0085\u00b0","t1":"\u00ab\u2026'$\u00ab:0\u0085\u00b0","t2":"0","t12":"0","pret12":"0"}
{"fn":"lev","a":"\u1680\u00bd","b":"1\u01c5Z%\u1c90\u0439","d":6}
{"fn":"num","input":"0o9","isNumeric":false,"clean":"0"}
{"fn":"opts","input":"ca","output":[]}
{"fn":"props","input":"${","front":["${"],"api":[],"apiCrash":false}
{"fn":"treat","input":"\u13a0\u0386\u0085\u2014;\u1e9eE\u0301","pre":"\u13a0\u0386\u0085\u2014;\u1e9e\u00c9","t1":"\uab70\u03b1\u0085\u2014;\u00dfe","t2":"E","t12":"e","pret12":"e"}
{"fn":"lev","a":"\u00ab\u0345","b":":\u01c4\u0131\u00e9","d":4}
{"fn":"num","input":"+Infinity0","isNumeric":false,"clean":"Infinity"}
{"fn":"opts","input":"\r\nb\n-a","output":["a"]}
{"fn":"props","input":"${0}x${ options=[\"x\"]}options= options","front":["${0}","x","${ options=[\"x\"]}","options= options"],"api":[["0",false],[" options=[\"x\"]",true]],"apiCrash":false}
{"fn":"treat","input":"E\ufeff.","pre":"E\ufeff.","t1":"e.","t2":"E","t12":"e","pret12":"e"}
{"fn":"lev","a":"\u216b^\uff21\u00e9\u0308\u0308","b":"\u2028=\u0345\u205f%\u216b","d":6}
{"fn":"num","input":"","isNumeric":false,"clean":"NaN"}
{"fn":"opts","input":"\u2028","output":[]}
{"fn":"props","input":"[#\n${1}\u00a7","front":["[#\n","${1}","\u00a7"],"api":[["1",false]],"apiCrash":false}
{"fn":"treat","input":"}>\u00df.b\u00e0\u180e\\@","pre":"}>\u00df.b\u00e0\u180e\\@","t1":"}>\u00df.ba\u180e\\@","t2":"b","t12":"ba","pret12":"ba"}
{"fn":"lev","a":"*\u1c90\u1c90b0","b":"\u00f8\u1c90+","d":4}
{"fn":"num","input":"E2.f.","isNumeric":false,"clean":"NaN"}
{"fn":"opts","input":" -b  \r\n\n\u2028","output":["b  \r\n\n\u2028"]}
{"fn":"props","input":"${b#ph}","front":["${b#ph}"],"api":[["b",false]],"apiCrash":false}
{"fn":"treat","input":" ","pre":" ","t1":"","t2":" ","t12":"","pret12":""}
{"fn":"lev","a":"\n\u01c4\n\u2029","b":"~","d":4}
{"fn":"num","input":"\uff10X","isNumeric":false,"clean":"NaN"}
{"fn":"opts","input":"\u00e9\u2028\n-\r\n - ","output":["- "]}
{"fn":"props","input":"}${0} ","front":["}","${0}"," "],"api":[["0",false]],"apiCrash":false}
{"fn":"treat","input":"=\ud83d\udc4d\ud83c\udffde\u0301$","pre":"=\ud83d\udc4d\ud83c\udffd\u00e9$","t1":"=\ud83d\udc4d\ud83c\udffde$","t2":"e","t12":"e","pret12":"e"}
{"fn":"lev","a":")\u0386\u3000`'^","b":"\\\u0345}\u2019","d":6}
{"fn":"num","input":"aX_","isNumeric":false,"clean":"NaN"}
{"fn":"opts","input":"\t - b\t -b\r\n\u2028","output":["b\t -b\r\n\u2028"]}
{"fn":"props","input":"${f value=\"v\"}${01}","front":["${f value=\"v\"}","${01}"],"api":[["f value=\"v\"",false],["01",false]],"apiCrash":false}
{"fn":"treat","input":"","pre":"","t1":"","t2":"","t12":"","pret12":""}
{"fn":"lev","a":"e\u2019","b":"a\f\ud801\udc00,","d":5}
{"fn":"num","input":"  E0ofInfinity","isNumeric":false,"clean":"NaN"}
{"fn":"opts","input":"\t","output":[]}
{"fn":"props","input":"${0}","front":["${0}"],"api":[["0",false]],"apiCrash":false}
{"fn":"treat","input":"\u216b\u00b0[\u2026c\u0327!\u2013\u0386/\u00f1\u00a0","pre":"\u216b\u00b0[\u2026\u00e7!\u2013\u0386/\u00f1 ","t1":"\u217b\u00b0[\u2026c!\u2013\u03b1/n","t2":"c","t12":"cn","pret12":"cn"}
{"fn":"lev","a":"\u205f","b":"#E\u0301\u212a\u00b2","d":5}
{"fn":"num","input":"Infinity","isNumeric":true,"clean":"Infinity"}
{"fn":"opts","input":"\n-\u2028\u2028","output":[""]}
{"fn":"props","input":"\"","front":["\""],"api":[],"apiCrash":false}
{"fn":"treat","input":"\u03a3","pre":"\u03a3","t1":"\u03c3","t2":"","t12":"","pret12":""}
{"fn":"lev","a":">~\u00df\u3000  ","b":"\u00c6\u00b0","d":6}
{"fn":"num","input":"F","isNumeric":false,"clean":"NaN"}
{"fn":"opts","input":"\n\n-\n- ","output":["- "]}
{"fn":"props","input":"${d#p\u00a7a}${01}","front":["${d#p\u00a7a}","${01}"],"api":[["d",false],["01",false]],"apiCrash":false}
{"fn":"treat","input":"\u1c90\u00e9\u00ea<\u0386E\u0301\u20d7$\u00fc\u20d7","pre":"\u1c90\u00e9\u00ea<\u0386\u00c9\u20d7$\u00fc\u20d7","t1":"\u10d0ee<\u03b1e\u20d7$u\u20d7","t2":"E","t12":"eeeu","pret12":"eeeu"}
{"fn":"lev","a":"\u202f\u00ab\u2013\u000b\u0130#","b":"<","d":6}
{"fn":"num","input":"9+f","isNumeric":false,"clean":"9"}
{"fn":"opts","input":"\u00a0","output":[]}
{"fn":"props","input":"  options\"\"${e options=[\"x\",\"y\"]}","front":["  options\"\"","${e options=[\"x\",\"y\"]}"],"api":[["e",true]],"apiCrash":false}
{"fn":"treat","input":"","pre":"","t1":"","t2":"","t12":"","pret12":""}
{"fn":"lev","a":"%\u00a0\u00e0\u212a","b":"]`\u00f1\u00f8\u2126","d":5}
{"fn":"num","input":"","isNumeric":false,"clean":"NaN"}
{"fn":"opts","input":" -  -   ","output":["-   "]}
{"fn":"props","input":"${a}${10}","front":["${a}","${10}"],"api":[["10",false],["a",false]],"apiCrash":false}
{"fn":"treat","input":"","pre":"","t1":"","t2":"","t12":"","pret12":""}
{"fn":"lev","a":"\u205f\u03c3\u03c3\u20ac\u0131","b":"\u01c4","d":5}
{"fn":"num","input":"InfinityX","isNumeric":false,"clean":"Infinity"}
{"fn":"opts","input":"b  text\n-","output":[""]}
{"fn":"props","input":"x${a\nb}${b#ph}","front":["x","${a\nb}","${b#ph}"],"api":[["b",false]],"apiCrash":false}
{"fn":"treat","input":"\u00b7]\u0130\u00bb\u200b1\u00abZ","pre":"\u00b7]\u0130\u00bb\u200b1\u00abZ","t1":"\u00b7]i\u00bb\u200b1\u00abz","t2":"1Z","t12":"i1z","pret12":"i1z"}
{"fn":"lev","a":"\u0390](\u1e9e","b":">","d":4}
{"fn":"num","input":"\n-\t","isNumeric":false,"clean":"NaN"}
{"fn":"opts","input":"","output":[]}
{"fn":"props","input":"${b#ph}${e options=[\"x\",\"y\"]}${01}","front":["${b#ph}","${e options=[\"x\",\"y\"]}","${01}"],"api":[["b",false],["e",true],["01",false]],"apiCrash":false}
{"fn":"treat","input":"Z \ud801\udc28^\u01c5$\u0439\u00f1'","pre":"Z \ud801\udc28^\u01c5$\u0439\u00f1'","t1":"z\ud801\udc28^\u01c6$\u0438n'","t2":"Z ","t12":"zn","pret12":"zn"}
{"fn":"lev","a":"","b":"\u20ac\u1c90\u00f1\u2013\u00bd","d":5}
{"fn":"num","input":"1-   .","isNumeric":false,"clean":"1"}
{"fn":"opts","input":" -b- \n-\u00a0 -b\n","output":["b- ","-b\n"]}
{"fn":"props","input":"${f value=\"v\"}${a\nb}${01}OPTIONS}","front":["${f value=\"v\"}","${a\nb}","${01}","OPTIONS}"],"api":[["f value=\"v\"",false],["01",false]],"apiCrash":false}
{"fn":"treat","input":"\u200a\u00ab\u205f~\u0308I\u00c9\u00a0","pre":"\u200a\u00ab\u205f~\u0308I\u00c9 ","t1":"\u00ab~ie","t2":"I","t12":"ie","pret12":"ie"}
{"fn":"lev","a":"","b":"\ud83d\udc4d\ud83c\udffd\u01c5\u0419\u00e0\u00e7\u00a7{","d":10}
{"fn":"num","input":"0a.0","isNumeric":false,"clean":"0"}
{"fn":"opts","input":"\u2028\n- \n-\u00a0b","output":["-\u00a0b"]}
{"fn":"props","input":"\"${01}]\"","front":["\"","${01}","]\""],"api":[["01",false]],"apiCrash":false}
{"fn":"treat","input":"\u0308\u00e7","pre":"\u0308\u00e7","t1":"c","t2":"","t12":"c","pret12":"c"}
{"fn":"lev","a":"\ud801\udc00^","b":"\u202f\ud83d\ude00\u00bb","d":4}
{"fn":"num","input":"2","isNumeric":true,"clean":"2"}
{"fn":"opts","input":"\u00e9\u2028\n-b","output":["b"]}
{"fn":"props","input":"${ options=[\"x\"]}$}${e options=[\"x\",\"y\"]} ","front":["${ options=[\"x\"]}","$}","${e options=[\"x\",\"y\"]}"," "],"api":[[" options=[\"x\"]",true],["e",true]],"apiCrash":false}
{"fn":"treat","input":"\u20ac]\ufb01","pre":"\u20ac]\ufb01","t1":"\u20ac]\ufb01","t2":"","t12":"","pret12":""}
{"fn":"lev","a":"\u00e0A\u030a[|\u20ac\u2029\u00df","b":"\u3000\u180e$\u3000-Z&","d":8}
{"fn":"num","input":"9E20o0x","isNumeric":false,"clean":"900000000000000000000"}
{"fn":"opts","input":"\n- -   ","output":["-   "]}
{"fn":"props","input":"OPTIONS#${d#p\u00a7a}${e options=[\"x\",\"y\"]}","front":["OPTIONS#","${d#p\u00a7a}","${e options=[\"x\",\"y\"]}"],"api":[["d",false],["e",true]],"apiCrash":false}
{"fn":"treat","input":"\f\u00e9_\u00c6\u00f8\u202f\u00c5\u1c90,","pre":"\f\u00e9_\u00c6\u00f8\u202f\u00c5\u1c90,","t1":"e_\u00e6\u00f8a\u10d0,","t2":"","t12":"ea","pret12":"ea"}
{"fn":"lev","a":"\u2014\u20ac","b":"\u2019\uff10\u2007A\u030a\ud55c+","d":7}
{"fn":"num","input":"2\t0b  ","isNumeric":false,"clean":"2"}
{"fn":"opts","input":"","output":[]}
{"fn":"props","input":"${d#p\u00a7a}","front":["${d#p\u00a7a}"],"api":[["d",false]],"apiCrash":false}
{"fn":"treat","input":"\u1c90\u00ab9+\u20d7=\ud55c","pre":"\u1c90\u00ab9+\u20d7=\ud55c","t1":"\u10d0\u00ab9+\u20d7=\u1112\u1161\u11ab","t2":"9","t12":"9","pret12":"9"}
{"fn":"lev","a":"\u00eb\u2126>\u00fc)Z,","b":"\t@!\u2126\u202f\ud83d\ude00I","d":8}
{"fn":"num","input":"0bInfinity","isNumeric":false,"clean":"0"}
{"fn":"opts","input":"\u00e9\n  -  \n- \u2028  \u00a0","output":["- \u2028  \u00a0"]}
{"fn":"props","input":"${b#ph}x${g OPTIONS=[\"a\"]}","front":["${b#ph}","x","${g OPTIONS=[\"a\"]}"],"api":[["b",false],["g",false]],"apiCrash":false}
{"fn":"treat","input":"\u0390.~  \\","pre":"\u0390.~  \\","t1":"\u03b9.~\\","t2":" ","t12":"","pret12":""}
{"fn":"lev","a":"_ \u03c3\ud801\udc28\u180e;","b":"\ud55ce=b,\u2013","d":7}
{"fn":"num","input":"","isNumeric":false,"clean":"NaN"}
{"fn":"opts","input":" - -text\n - ","output":["-text",""]}
{"fn":"props","input":"${${1}${f value=\"v\"}\n$","front":["${${1}","${f value=\"v\"}","\n$"],"api":[["${1",false],["f value=\"v\"",false]],"apiCrash":false}
{"fn":"treat","input":"\u2126\u03c2&\ud83d\ude00\u00b2\u20d7 \u00e0\u2014\u00b7","pre":"\u03a9\u03c2&\ud83d\ude00\u00b2\u20d7 \u00e0\u2014\u00b7","t1":"\u03c9\u03c2&\ud83d\ude00\u00b2\u20d7a\u2014\u00b7","t2":" ","t12":"a","pret12":"a"}
{"fn":"lev","a":"","b":"}","d":1}
{"fn":"num","input":"0_a","isNumeric":false,"clean":"0"}
{"fn":"opts","input":"\t","output":[]}
{"fn":"props","input":"${}${ options=[\"x\"]}${10}${}${a}","front":["${}","${ options=[\"x\"]}","${10}","${}","${a}"],"api":[],"apiCrash":true}
{"fn":"treat","input":"\u00b0'\u216b*\u00ea\u1dc0","pre":"\u00b0'\u216b*\u00ea\u1dc0","t1":"\u00b0'\u217b*e\u1dc0","t2":"","t12":"e","pret12":"e"}
{"fn":"lev","a":"1","b":"\u20d7_\u01c5Z\u0153\u200b\u03a3","d":7}
{"fn":"num","input":"1-","isNumeric":false,"clean":"1"}
{"fn":"opts","input":"\r\n","output":[]}
{"fn":"props","input":"#${0}# ","front":["#","${0}","# "],"api":[["0",false]],"apiCrash":false}
{"fn":"treat","input":"\u180e","pre":"\u180e","t1":"\u180e","t2":"","t12":"","pret12":""}
{"fn":"lev","a":"-\u00b7?e\u0301\u2029\u03c2\u00fc","b":"\u00ab\u03a3~#","d":8}
{"fn":"num","input":"\u00a00b\t","isNumeric":false,"clean":"0"}
{"fn":"opts","input":" - \nb -b","output":["b -b"]}
{"fn":"props","input":"x${01}\u00a7x","front":["x","${01}","\u00a7x"],"api":[["01",false]],"apiCrash":false}
{"fn":"treat","input":"","pre":"","t1":"","t2":"","t12":"","pret12":""}
{"fn":"lev","a":"\u0152\u2007]\u01c4\r","b":"\u0308\ud801\udc28`e","d":5}
{"fn":"num","input":"e","isNumeric":false,"clean":"NaN"}
{"fn":"opts","input":"\u2028-a\n- \u00a0\u00e9","output":["a","\u00e9"]}
{"fn":"props","input":"${d#p\u00a7a}[#${01}${}","front":["${d#p\u00a7a}","[#","${01}","${}"],"api":[],"apiCrash":true}
{"fn":"treat","input":"]\u0390\\\u2126~\u2007\u00c7\u00c7\u1dc0`","pre":"]\u0390\\\u03a9~\u2007\u00c7\u00c7\u1dc0`","t1":"]\u03b9\\\u03c9~cc\u1dc0`","t2":"","t12":"cc","pret12":"cc"}
{"fn":"lev","a":"\u3000}  \n\u000b^b","b":"\r","d":8}
{"fn":"num","input":"x","isNumeric":false,"clean":"NaN"}
{"fn":"opts","input":"- \t -   \t\r\n\u2028","output":["-   \t\r\n\u2028"]}
{"fn":"props","input":" options${c\u00a7aria}","front":[" options","${c\u00a7aria}"],"api":[["c",false]],"apiCrash":false}
{"fn":"treat","input":"\ud801\udc28-\u3000ae","pre":"\ud801\udc28-\u3000ae","t1":"\ud801\udc28-ae","t2":"ae","t12":"ae","pret12":"ae"}
{"fn":"lev","a":"\u00a7&=a\\","b":"\",^\u01c5\u0391\u03a3","d":6}
{"fn":"num","input":"-","isNumeric":false,"clean":"NaN"}
{"fn":"opts","input":"\t\u00e9","output":[]}
{"fn":"props","input":"${b#ph}\n#${${b#ph}","front":["${b#ph}","\n#","${${b#ph}"],"api":[["b",false],["${b",false]],"apiCrash":false}
{"fn":"treat","input":"Z\u2028\u0391\u03a3%\u00bd%-\r","pre":"Z\u2028\u0391\u03a3%\u00bd%-\r","t1":"z\u03b1\u03c2%\u00bd%-","t2":"Z","t12":"z","pret12":"z"}
{"fn":"lev","a":"\u2014","b":"","d":1}
{"fn":"num","input":"1 000\t_1","isNumeric":false,"clean":"1000"}
{"fn":"opts","input":"\n- ","output":[""]}
{"fn":"props","input":"${01}[${","front":["${01}","[${"],"api":[["01",false]],"apiCrash":false}
{"fn":"treat","input":"Ib\u202fe;\u00a0\u00e0\u03c3","pre":"Ib\u202fe; \u00e0\u03c3","t1":"ibe;a\u03c3","t2":"Ibe","t12":"ibea","pret12":"ibea"}
{"fn":"lev","a":"\u1c900\u0391\u03a3\u00a7","b":"@","d":5}
{"fn":"num","input":"a0o","isNumeric":false,"clean":"NaN"}
{"fn":"opts","input":"text\n-\n\n-","output":["-"]}
{"fn":"props","input":"${c\u00a7aria}${2}","front":["${c\u00a7aria}","${2}"],"api":[["2",false],["c",false]],"apiCrash":false}
{"fn":"treat","input":"\u00b7\ud801\udc00A\u030a\u0439\ud801\udc28\ufb01\u0152\u0085","pre":"\u00b7\ud801\udc00\u00c5\u0439\ud801\udc28\ufb01\u0152\u0085","t1":"\u00b7\ud801\udc28a\u0438\ud801\udc28\ufb01\u0153\u0085","t2":"A","t12":"a","pret12":"a"}
{"fn":"lev","a":"'\t\t\u2029@\u3000\u212a","b":"","d":7}
{"fn":"num","input":",0x2","isNumeric":false,"clean":"0"}
{"fn":"opts","input":"- a","output":["a"]}
{"fn":"props","input":"{text${d#p\u00a7a}x${g OPTIONS=[\"a\"]}","front":["{text","${d#p\u00a7a}","x","${g OPTIONS=[\"a\"]}"],"api":[["d",false],["g",false]],"apiCrash":false}
{"fn":"treat","input":"\u2126\u00c7\ud801\udc00\u20acb^\u2026","pre":"\u03a9\u00c7\ud801\udc00\u20acb^\u2026","t1":"\u03c9c\ud801\udc28\u20acb^\u2026","t2":"b","t12":"cb","pret12":"cb"}
{"fn":"lev","a":"\u0085^}","b":"1\u200b[,\u0390Z:","d":7}
{"fn":"num","input":"9\uff10\t","isNumeric":false,"clean":"9"}
{"fn":"opts","input":"- a","output":["a"]}
{"fn":"props","input":"${0}]${}${c\u00a7aria}","front":["${0}","]${}","${c\u00a7aria}"],"api":[],"apiCrash":true}
{"fn":"treat","input":"$\u1dc0\u20d7\uff10\u00a7\ud55c\u0130","pre":"$\u1dc0\u20d7\uff10\u00a7\ud55c\u0130","t1":"$\u1dc0\u20d7\uff10\u00a7\u1112\u1161\u11abi","t2":"","t12":"i","pret12":"i"}
{"fn":"lev","a":"!\u0323\u200ae\u0301\u0391\u03a3`","b":"\u1c90\u00e0\u1dc0\u205f\u212b\u01c4","d":8}
{"fn":"num","input":"\nFxX,","isNumeric":false,"clean":"NaN"}
{"fn":"opts","input":"\n  -  \u00a0c- -b - \t","output":["c- -b - \t"]}
{"fn":"props","input":"text","front":["text"],"api":[],"apiCrash":false}
{"fn":"treat","input":"\u0085\u03081\u0390\u00df\u216b\"\u00c5,A\u030a","pre":"\u0085\u03081\u0390\u00df\u216b\"\u00c5,\u00c5","t1":"\u00851\u03b9\u00df\u217b\"a,a","t2":"1A","t12":"1aa","pret12":"1aa"}
{"fn":"lev","a":"\u00df\u1e9e","b":"\u0386","d":2}
{"fn":"num","input":"5Infinity f  ","isNumeric":false,"clean":"5"}
{"fn":"opts","input":"\n  -  textb\n\r\n","output":["textb\n\r\n"]}
{"fn":"props","input":"${b#ph} ${c\u00a7aria}","front":["${b#ph}"," ","${c\u00a7aria}"],"api":[["b",false],["c",false]],"apiCrash":false}
{"fn":"treat","input":"","pre":"","t1":"","t2":"","t12":"","pret12":""}
{"fn":"lev","a":"\f\u03909\u00ab\u13a0\u0308=","b":"\u00fc\uff10~\u00df\u03c3","d":7}
{"fn":"num","input":"F\u00a0  a\t","isNumeric":false,"clean":"NaN"}
{"fn":"opts","input":" - -\n  -  ","output":["-",""]}
{"fn":"props","input":"]${10}","front":["]","${10}"],"api":[["10",false]],"apiCrash":false}
{"fn":"treat","input":"(\u200b\ud801\udc00{\u00c7","pre":"(\u200b\ud801\udc00{\u00c7","t1":"(\u200b\ud801\udc28{c","t2":"","t12":"c","pret12":"c"}
{"fn":"lev","a":"\u00e9","b":"\u00eb\u0439","d":2}
{"fn":"num","input":"0x","isNumeric":false,"clean":"0"}
{"fn":"opts","input":"\t-\r\n\u00e9","output":["\u00e9"]}
{"fn":"props","input":"${a}\n${}${1}\"","front":["${a}","\n${}","${1}","\""],"api":[],"apiCrash":true}
{"fn":"treat","input":"^@'\ud801\udc28^","pre":"^@'\ud801\udc28^","t1":"^@'\ud801\udc28^","t2":"","t12":"","pret12":""}
{"fn":"lev","a":"\u03a3b\u0153\u3000\r^","b":"9\u00e6","d":6}
{"fn":"num","input":"0b.\u0661\uff102","isNumeric":false,"clean":"0"}
{"fn":"opts","input":"","output":[]}
{"fn":"props","input":"${g OPTIONS=[\"a\"]}${e options=[\"x\",\"y\"]}${]${d#p\u00a7a}","front":["${g OPTIONS=[\"a\"]}","${e options=[\"x\",\"y\"]}","${]${d#p\u00a7a}"],"api":[["g",false],["e",true],["]${d",false]],"apiCrash":false}
{"fn":"treat","input":"+\u2019\ud801\udc00&\u0323","pre":"+\u2019\ud801\udc00&\u0323","t1":"+\u2019\ud801\udc28&","t2":"","t12":"","pret12":""}
{"fn":"lev","a":"\ud55c\u212aa\u212a\f","b":"","d":5}
{"fn":"num","input":"0x\n","isNumeric":false,"clean":"0"}
{"fn":"opts","input":"a","output":[]}
{"fn":"props","input":"","front":[],"api":[],"apiCrash":false}
{"fn":"treat","input":"","pre":"","t1":"","t2":"","t12":"","pret12":""}
{"fn":"lev","a":"\u2000:'\u1c90\u216b","b":"\u0390\u216b_Z","d":5}
{"fn":"num","input":"f,x,5","isNumeric":false,"clean":"NaN"}
{"fn":"opts","input":"","output":[]}
{"fn":"props","input":"${2}","front":["${2}"],"api":[["2",false]],"apiCrash":false}
{"fn":"treat","input":"\u00b2","pre":"\u00b2","t1":"\u00b2","t2":"","t12":"","pret12":""}
{"fn":"lev","a":"\ud801\udc28\u03c2\u20ac@\u00eab\u180e","b":"\u03a3-\u0131\u1680\u0153","d":8}
{"fn":"num","input":"","isNumeric":false,"clean":"NaN"}
{"fn":"opts","input":"","output":[]}
{"fn":"props","input":"[${","front":["[${"],"api":[],"apiCrash":false}
{"fn":"treat","input":"&\ud801\udc28\u00df\u00eb#\ufeffc\u0327\u00e0\u01c4^\uff10","pre":"&\ud801\udc28\u00df\u00eb#\ufeff\u00e7\u00e0\u01c4^\uff10","t1":"&\ud801\udc28\u00dfe#ca\u01c6^\uff10","t2":"c","t12":"eca","pret12":"eca"}
{"fn":"lev","a":"","b":">I\u00f8\u00a0\u00df\u0085%","d":7}
{"fn":"num","input":"X\u00a0\uff100o0x","isNumeric":false,"clean":"NaN"}
{"fn":"opts","input":"\u00e9\n  -      \n-","output":["-"]}
{"fn":"props","input":"${a\nb}${01}${1}","front":["${a\nb}","${01}","${1}"],"api":[["1",false],["01",false]],"apiCrash":false}
{"fn":"treat","input":"\u00b0\u13a0`>\u00b0","pre":"\u00b0\u13a0`>\u00b0","t1":"\u00b0\uab70`>\u00b0","t2":"","t12":"","pret12":""}
{"fn":"lev","a":"^\u1680A\u030a\uff21\u00c71","b":",","d":7}
{"fn":"num","input":".F\u00a0-","isNumeric":false,"clean":"NaN"}
{"fn":"opts","input":"","output":[]}
{"fn":"props","input":"${0}]${01}${e options=[\"x\",\"y\"]}${1}","front":["${0}","]","${01}","${e options=[\"x\",\"y\"]}","${1}"],"api":[["0",false],["1",false],["01",false],["e",true]],"apiCrash":false}
{"fn":"treat","input":"I?\u00e0~","pre":"I?\u00e0~","t1":"i?a~","t2":"I","t12":"ia","pret12":"ia"}
{"fn":"lev","a":"\u00ab\u0131\u0419E\u0301\u00bd","b":"]\u000b\u2029\u00f1\u00abb","d":6}
{"fn":"num","input":"f0oe","isNumeric":false,"clean":"NaN"}
{"fn":"opts","input":"\t-\n\u00e9\u00e9\n","output":["\u00e9\u00e9\n"]}
{"fn":"props","input":"\u00a7textOPTIONS${0}","front":["\u00a7textOPTIONS","${0}"],"api":[["0",false]],"apiCrash":false}
{"fn":"treat","input":"^","pre":"^","t1":"^","t2":"","t12":"","pret12":""}
{"fn":"lev","a":">","b":"\u180e\u3000","d":2}
{"fn":"num","input":"\uff10","isNumeric":false,"clean":"NaN"}
{"fn":"opts","input":" -b\u00e9-","output":["b\u00e9-"]}
{"fn":"props","input":"","front":[],"api":[],"apiCrash":false}
{"fn":"treat","input":"\u13a0\u00f1\u200a\u13a0\uff21\u0131\t\u1dc0\f","pre":"\u13a0\u00f1\u200a\u13a0\uff21\u0131\t\u1dc0\f","t1":"\uab70n\uab70\uff41\u0131\u1dc0","t2":"","t12":"n","pret12":"n"}
{"fn":"lev","a":"\u0386 ","b":"\u00fc\u2014\u1e9e\u0345\u00c9\u1680","d":6}
{"fn":"num","input":"","isNumeric":false,"clean":"NaN"}
{"fn":"opts","input":"\n-a\u00e9-\u2028\n","output":["a\u00e9-\u2028\n"]}
{"fn":"props","input":"x}${b#ph}","front":["x}","${b#ph}"],"api":[["b",false]],"apiCrash":false}
{"fn":"treat","input":">\u0130\u00f8\r*E((\"\u000b`","pre":">\u0130\u00f8\r*E((\"\u000b`","t1":">i\u00f8*e((\"`","t2":"E","t12":"ie","pret12":"ie"}
{"fn":"lev","a":"","b":"\u00ab\ufeff","d":2}
{"fn":"num","input":"","isNumeric":false,"clean":"NaN"}
{"fn":"opts","input":"btext- a","output":[]}
{"fn":"props","input":"","front":[],"api":[],"apiCrash":false}
{"fn":"treat","input":"","pre":"","t1":"","t2":"","t12":"","pret12":""}
{"fn":"lev","a":")\u03a3\f","b":"\u00bb","d":3}
{"fn":"num","input":".f","isNumeric":false,"clean":"NaN"}
{"fn":"opts","input":"a\u2028\u00a0\u00e9  -\u00e9","output":[]}
{"fn":"props","input":"x","front":["x"],"api":[],"apiCrash":false}
{"fn":"treat","input":"`I\ud801\udc00%\u1c90\u205f.[*","pre":"`I\ud801\udc00%\u1c90\u205f.[*","t1":"`i\ud801\udc28%\u10d0.[*","t2":"I","t12":"i","pret12":"i"}
{"fn":"lev","a":"\u00bb\u00a0\u1680{","b":"A\u030a\u00f1a'\u1680%","d":6}
{"fn":"num","input":"XEf,","isNumeric":false,"clean":"NaN"}
{"fn":"opts","input":"\n- \u00a0b","output":["b"]}
{"fn":"props","input":"${c\u00a7aria}$${c\u00a7aria}","front":["${c\u00a7aria}","$","${c\u00a7aria}"],"api":[["c",false]],"apiCrash":false}
{"fn":"treat","input":"9\u2013\u00e9/\u00a0\u0386\u03c3}\u0152","pre":"9\u2013\u00e9/ \u0386\u03c3}\u0152","t1":"9\u2013e/\u03b1\u03c3}\u0153","t2":"9","t12":"9e","pret12":"9e"}
{"fn":"lev","a":"\ud83d\ude00:\u0131\u00ea","b":"\u00a7\u0130\uff10\uff10","d":5}
{"fn":"num","input":"\t1 000\t","isNumeric":true,"clean":"1000"}
{"fn":"opts","input":"\r\n -  - \n -b","output":["- ","b"]}
{"fn":"props","input":"","front":[],"api":[],"apiCrash":false}
{"fn":"treat","input":"\u13a0\ufeff","pre":"\u13a0\ufeff","t1":"\uab70","t2":"","t12":"","pret12":""}
{"fn":"lev","a":"","b":"","d":0}
{"fn":"num","input":"\ne9 ","isNumeric":false,"clean":"NaN"}
{"fn":"opts","input":"\n- ","output":[""]}
{"fn":"props","input":"","front":[],"api":[],"apiCrash":false}
{"fn":"treat","input":"\u2013.\u13a0\u212a_\u2028\u1c90\u03c2}\"","pre":"\u2013.\u13a0K_\u2028\u1c90\u03c2}\"","t1":"\u2013.\uab70k_\u10d0\u03c2}\"","t2":"","t12":"k","pret12":"k"}
{"fn":"lev","a":"\u00b0\u0386","b":"\u03a3%\u00bb\u01c5\ud801\udc00!","d":7}
{"fn":"num","input":"E0b11_","isNumeric":false,"clean":"NaN"}
{"fn":"opts","input":"\n -b- a\n-","output":["b- a",""]}
{"fn":"props","input":"${e options=[\"x\",\"y\"]}${e options=[\"x\",\"y\"]}\n${0}","front":["${e options=[\"x\",\"y\"]}","${e options=[\"x\",\"y\"]}","\n","${0}"],"api":[["0",false],["e",true]],"apiCrash":false}
{"fn":"treat","input":"\\c\u0327\ud801\udc001\u1c90\u0131\u03a3\u00ab  I\u00a7","pre":"\\\u00e7\ud801\udc001\u1c90\u0131\u03a3\u00ab  I\u00a7","t1":"\\c\ud801\udc281\u10d0\u0131\u03c2\u00abi\u00a7","t2":"c1 I","t12":"c1i","pret12":"c1i"}
{"fn":"lev","a":"","b":"\ufeff\u1680\u2026","d":3}
{"fn":"num","input":"X0xXe","isNumeric":false,"clean":"NaN"}
{"fn":"opts","input":"\u00a0ac\u2028\u00e9\t","output":[]}
{"fn":"props","input":"${a\nb}text","front":["${a\nb}","text"],"api":[],"apiCrash":false}
{"fn":"treat","input":"'","pre":"'","t1":"'","t2":"","t12":"","pret12":""}
{"fn":"lev","a":"\u20ac","b":".\"\uff10","d":3}
{"fn":"num","input":"_e51 000","isNumeric":false,"clean":"NaN"}
{"fn":"opts","input":"\r\n\n-\n-","output":["-"]}
{"fn":"props","input":"xvalue=\n${10}${g OPTIONS=[\"a\"]}","front":["xvalue=\n","${10}","${g OPTIONS=[\"a\"]}"],"api":[["10",false],["g",false]],"apiCrash":false}
{"fn":"treat","input":".\u0308\ufeff","pre":".\u0308\ufeff","t1":".","t2":"","t12":"","pret12":""}
{"fn":"lev","a":"\u00f8\u00e9","b":",","d":2}
{"fn":"num","input":"\u00a0 \uff10-","isNumeric":false,"clean":"NaN"}
{"fn":"opts","input":"- a","output":["a"]}
{"fn":"props","input":"${1}]{","front":["${1}","]{"],"api":[["1",false]],"apiCrash":false}
{"fn":"treat","input":"\u00c7","pre":"\u00c7","t1":"c","t2":"","t12":"c","pret12":"c"}
{"fn":"lev","a":"b\u00a7\u0391\u03a3","b":"-?<","d":4}
{"fn":"num","input":"1e\uff101 000","isNumeric":false,"clean":"1"}
{"fn":"opts","input":"a\n-  -b","output":["-b"]}
{"fn":"props","input":"options=${2}\n","front":["options=","${2}","\n"],"api":[["2",false]],"apiCrash":false}
{"fn":"treat","input":"\uff10\u0391\u03a3E\u0308=\u00df\u3000\uff21","pre":"\uff10\u0391\u03a3\u00cb=\u00df\u3000\uff21","t1":"\uff10\u03b1\u03c3e=\u00df\uff41","t2":"E","t12":"e","pret12":"e"}
{"fn":"lev","a":"","b":"\u180eZ\u00bb","d":3}
{"fn":"num","input":".","isNumeric":false,"clean":"NaN"}
{"fn":"opts","input":"\u2028\n -b - \n- -text","output":["b - ","-text"]}
{"fn":"props","input":" options${}","front":[" options${}"],"api":[],"apiCrash":true}
{"fn":"treat","input":"\u2029\u0386","pre":"\u2029\u0386","t1":"\u03b1","t2":"","t12":"","pret12":""}
{"fn":"lev","a":"\"","b":".","d":1}
{"fn":"num","input":"-","isNumeric":false,"clean":"NaN"}
{"fn":"opts","input":" - -","output":["-"]}
{"fn":"props","input":"${10}","front":["${10}"],"api":[["10",false]],"apiCrash":false}
{"fn":"treat","input":"+\u212aI?\u00c5","pre":"+KI?\u00c5","t1":"+ki?a","t2":"I","t12":"kia","pret12":"kia"}
{"fn":"lev","a":"\u000b(\u00fc\\","b":"A\u030a\u20ac\u00eb`","d":5}
{"fn":"num","input":"2  ","isNumeric":true,"clean":"2"}
{"fn":"opts","input":"\u00a0","output":[]}
{"fn":"props","input":"${ options=[\"x\"]}]${c\u00a7aria}${ options=[\"x\"]}","front":["${ options=[\"x\"]}","]","${c\u00a7aria}","${ options=[\"x\"]}"],"api":[[" options=[\"x\"]",true],["c",false]],"apiCrash":false}
{"fn":"treat","input":"\u03c3","pre":"\u03c3","t1":"\u03c3","t2":"","t12":"","pret12":""}
{"fn":"lev","a":"1&\u00e6","b":"\u1e9e\u03c3\u0390~\u00b7","d":5}
{"fn":"num","input":"\t+f","isNumeric":false,"clean":"NaN"}
{"fn":"opts","input":"  b\n","output":[]}
{"fn":"props","input":"${d#p\u00a7a}${ options=[\"x\"]}${d#p\u00a7a}","front":["${d#p\u00a7a}","${ options=[\"x\"]}","${d#p\u00a7a}"],"api":[["d",false],[" options=[\"x\"]",true]],"apiCrash":false}
{"fn":"treat","input":"\u2007A\u030a\u3000\uff211","pre":"\u2007\u00c5\u3000\uff211","t1":"a\uff411","t2":"A1","t12":"a1","pret12":"a1"}
{"fn":"lev","a":"\u00b0","b":">'I","d":3}
{"fn":"num","input":"\n2-1 000.","isNumeric":false,"clean":"2"}
{"fn":"opts","input":"\n-","output":[""]}
{"fn":"props","input":"text\"${01} options","front":["text\"","${01}"," options"],"api":[["01",false]],"apiCrash":false}
{"fn":"treat","input":"","pre":"","t1":"","t2":"","t12":"","pret12":""}
{"fn":"lev","a":"\u200a","b":"#a\u200a\u212a>","d":4}
{"fn":"num","input":"","isNumeric":false,"clean":"NaN"}
{"fn":"opts","input":"\n-b - ","output":["b - "]}
{"fn":"props","input":" options","front":[" options"],"api":[],"apiCrash":false}
{"fn":"treat","input":"\u00f8\u3000  #\u200a\u0152\u03c2\ud801\udc00#","pre":"\u00f8\u3000  #\u200a\u0152\u03c2\ud801\udc00#","t1":"\u00f8#\u0153\u03c2\ud801\udc28#","t2":" ","t12":"","pret12":""}
{"fn":"lev","a":"{\u000b\u01c4\u1680|","b":"\u03c2\u000b)\u0131","d":4}
{"fn":"num","input":"","isNumeric":false,"clean":"NaN"}
{"fn":"opts","input":"- ","output":[""]}
{"fn":"props","input":"OPTIONS${a}","front":["OPTIONS","${a}"],"api":[["a",false]],"apiCrash":false}
{"fn":"treat","input":"\uff21\u03c3<","pre":"\uff21\u03c3<","t1":"\uff41\u03c3<","t2":"","t12":"","pret12":""}
{"fn":"lev","a":"\f\u00c6*\u216b>\u03c3","b":"\n\u180e","d":6}
{"fn":"num","input":"e","isNumeric":false,"clean":"NaN"}
{"fn":"opts","input":"text\n-\u00a0 -  - - ","output":["-  - - "]}
{"fn":"props","input":"} \n${g OPTIONS=[\"a\"]}${ options=[\"x\"]}","front":["} \n","${g OPTIONS=[\"a\"]}","${ options=[\"x\"]}"],"api":[["g",false],[" options=[\"x\"]",true]],"apiCrash":false}
{"fn":"treat","input":"]\u00e6\u00c5/a","pre":"]\u00e6\u00c5/a","t1":"]\u00e6a/a","t2":"a","t12":"aa","pret12":"aa"}
{"fn":"lev","a":"\u3000\u0390\u2028>E\u0301","b":"\t|\t\ud801\udc28)","d":6}
{"fn":"num","input":"1 000E,\uff10","isNumeric":false,"clean":"1000"}
{"fn":"opts","input":"\n- ","output":[""]}
{"fn":"props","input":"${10}}","front":["${10}","}"],"api":[["10",false]],"apiCrash":false}
{"fn":"treat","input":"\u00ea\u2028._\u2014\u01521\u00f8","pre":"\u00ea\u2028._\u2014\u01521\u00f8","t1":"e._\u2014\u01531\u00f8","t2":"1","t12":"e1","pret12":"e1"}
{"fn":"lev","a":"I\u00c59\u200a","b":"\u0390\u200a\u212b\u2014\r","d":5}
{"fn":"num","input":"\u00a0F0o","isNumeric":false,"clean":"NaN"}
{"fn":"opts","input":"  ","output":[]}
{"fn":"props","input":"${10}${f value=\"v\"}${g OPTIONS=[\"a\"]}#","front":["${10}","${f value=\"v\"}","${g OPTIONS=[\"a\"]}","#"],"api":[["10",false],["f value=\"v\"",false],["g",false]],"apiCrash":false}
{"fn":"treat","input":"\u0323*#\u2026","pre":"\u0323*#\u2026","t1":"*#\u2026","t2":"","t12":"","pret12":""}
{"fn":"lev","a":"'&\u00a0e\u0301","b":".\u13a0\u0391\u03a3\u0391\u03a3  '\u00e9","d":10}
{"fn":"num","input":"E,","isNumeric":false,"clean":"NaN"}
{"fn":"opts","input":"","output":[]}
{"fn":"props","input":"","front":[],"api":[],"apiCrash":false}
{"fn":"treat","input":"\u00ea\u1c90\u1e9e\u00a0\u0131-\u00c9>}\u0386$","pre":"\u00ea\u1c90\u1e9e \u0131-\u00c9>}\u0386$","t1":"e\u10d0\u00df\u0131-e>}\u03b1$","t2":"","t12":"ee","pret12":"ee"}
{"fn":"lev","a":"\u13a0\u202f#(\u2013","b":"\u20d7_\u00c7","d":5}
{"fn":"num","input":"X\uff10e","isNumeric":false,"clean":"NaN"}
{"fn":"opts","input":"- a\t- \n-","output":["a\t- ",""]}
{"fn":"props","input":"","front":[],"api":[],"apiCrash":false}
{"fn":"treat","input":"<\u2126","pre":"<\u03a9","t1":"<\u03c9","t2":"","t12":"","pret12":""}
{"fn":"lev","a":"\u0153\u00f8\t0:1\u00eb","b":"a\ud83d\ude00\u3000\u2007E\u0301\u01c5","d":8}
{"fn":"num","input":"\uff101\u00a0\n","isNumeric":false,"clean":"NaN"}
{"fn":"opts","input":"\t","output":[]}
{"fn":"props","input":"","front":[],"api":[],"apiCrash":false}
{"fn":"treat","input":"","pre":"","t1":"","t2":"","t12":"","pret12":""}
{"fn":"lev","a":"","b":"I1\u0131","d":3}
{"fn":"num","input":" ","isNumeric":false,"clean":"NaN"}
{"fn":"opts","input":"\n  -  \n\r\n\u00e9\n  -  text","output":["\u00e9","text"]}
{"fn":"props","input":"${01} options${ options=[\"x\"]}","front":["${01}"," options","${ options=[\"x\"]}"],"api":[["01",false],[" options=[\"x\"]",true]],"apiCrash":false}
{"fn":"treat","input":"\u180e\u00b7\u1dc0\ud801\udc28`\u01521","pre":"\u180e\u00b7\u1dc0\ud801\udc28`\u01521","t1":"\u180e\u00b7\u1dc0\ud801\udc28`\u01531","t2":"1","t12":"1","pret12":"1"}
{"fn":"lev","a":"","b":"?\u0390\u0131\u00c5","d":4}
{"fn":"num","input":"","isNumeric":false,"clean":"NaN"}
{"fn":"opts","input":"  \n\n","output":[]}
{"fn":"props","input":"${2}","front":["${2}"],"api":[["2",false]],"apiCrash":false}
{"fn":"treat","input":"%","pre":"%","t1":"%","t2":"","t12":"","pret12":""}
{"fn":"lev","a":"<.\u0308\ud801\udc00","b":"\u00f8\u00b7","d":5}
{"fn":"num","input":"\u06612\n\tX","isNumeric":false,"clean":"NaN"}
{"fn":"opts","input":"\u2028\r\nc\n- - - ","output":["- - "]}
{"fn":"props","input":"${value=","front":["${value="],"api":[],"apiCrash":false}
{"fn":"treat","input":"^\u212b\u03c3\u2126\u0130\u20acE\u0301","pre":"^\u00c5\u03c3\u03a9\u0130\u20ac\u00c9","t1":"^a\u03c3\u03c9i\u20ace","t2":"E","t12":"aie","pret12":"aie"}
{"fn":"lev","a":"\u216b\u0131c\u0327\"","b":"a\u0323","d":5}
{"fn":"num","input":"1 000F","isNumeric":false,"clean":"1000"}
{"fn":"opts","input":"\n  -  \t - b -b\u2028","output":["- b -b\u2028"]}
{"fn":"props","input":"${e options=[\"x\",\"y\"]}OPTIONS","front":["${e options=[\"x\",\"y\"]}","OPTIONS"],"api":[["e",true]],"apiCrash":false}
"""##
