/* Runs the genogram's model (basis/kern.js, netwerk.js, momenten.js, genogram.js) and layout (genogram/indeling.js)
   in Node with a bare window, then the test's code (argv[2]); prints what it returns as JSON. */
const vm = require("vm"), fs = require("fs"), path = require("path");
function store() {
  const m = new Map();
  return { getItem: (k) => (m.has(k) ? m.get(k) : null), setItem: (k, v) => m.set(k, String(v)), removeItem: (k) => m.delete(k), key: (i) => [...m.keys()][i], get length() { return m.size; } };
}
const doc = { currentScript: null, getElementById: () => null, querySelector: () => null, querySelectorAll: () => [], addEventListener() {}, createElement: () => ({}), documentElement: {} };
const w = { URL, performance, location: { href: "http://localhost/a/b.html", pathname: "/a/b.html" }, document: doc, localStorage: store(), sessionStorage: store(), addEventListener() {}, navigator: {} };
w.window = w;
const ctx = vm.createContext(w);
const H = path.join(__dirname, "..", "handreiking", "hulpmiddelen");
const NETWERK = { cirkels: {}, olievlek: 8, gebieden: ["familie"], biedt: [], contact: [], beleving: [] };  /* the build data netwerk.js checks against */
for (const f of ["basis/kern.js", "basis/netwerk.js", "basis/momenten.js", "basis/genogram.js", "genogram/indeling.js"]) {
  if (f === "basis/netwerk.js") vm.runInContext(`window.handreikingKern.gegevens("netwerk", ${JSON.stringify(NETWERK)});`, ctx);
  vm.runInContext(fs.readFileSync(path.join(H, f), "utf8"), ctx, { filename: f });
}
process.stdout.write(JSON.stringify(vm.runInContext("(function () { var K = window.handreikingKern, N = K.netwerk, G = N.genogram;\n" + process.argv[2] + "\n})()", ctx)));
