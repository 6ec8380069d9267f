#!/usr/bin/env node
// Flowsmith's Node-RED conformance harness (issue 7).
//
// Starts Node-RED embedded with an exported flows.json, sends each input message out of the
// source node's id and records what each sink node's id receives, through the runtime's own
// hooks API: the exported flow is never changed. Prints NDJSON on stdout.
//
//   node harness.js PLAN.json
//
// PLAN is a JSON object:
//   nodeRed   folder that holds node_modules/node-red (the npm cache)
//   flows     the flows.json to run (several exported projects may share it: tab and node
//             ids are derived from flow ids)
//   mode      "run" (default): one line per sink record,
//             {"case", "sink", "input", "body", "headers"}
//             "load": start the flows and report what the runtime logged
//             "bench": send `count` messages through the first case and report the rate,
//             {"bench": true, "messages", "received", "seconds", "rate", "cpuSeconds"}
//   cases     [{name, source, sinks, httpSinks, inputs}], run one after the other:
//     source    the Node-RED id of the node the inputs leave from
//     sinks     {Node-RED id: our sink id}: records are taken at these nodes' input, and the
//               message stops there, so nothing leaves for a network
//     httpSinks [Node-RED id]: http request nodes; the harness answers as the simulator's
//               default mock does (status 200, the request's body and headers) and sends
//               the answer on from that node
//     inputs    [{body, headers}], sent one after the other: the next leaves once the
//               runtime is idle, so records keep the input order
//   count     bench mode: how many messages (the inputs cycled)
//
// The last line is always {"done": true, "errors": [...], "warnings": [...], "missingTypes"}
// with what the runtime logged at warn level or above and the node types it lacks, so a flow
// that does not load is visible.
//
// Nothing reaches a network: the editor and the http nodes are off (httpAdminRoot and
// httpNodeRoot false, the server never listens) and outgoing sockets to anything but
// loopback fail before they connect (the mqtt broker config nodes try to connect at start).
//
// HARNESS_TIMING=1 prints how long starting, running and stopping took on stderr.

'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const net = require('net');
const tls = require('tls');
const http = require('http');

function fail(message) {
    process.stderr.write(`harness: ${message}\n`);
    process.exit(2);
}

if (process.argv.length < 3)
    fail('usage: node harness.js PLAN.json');
const plan = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const mode = plan.mode || 'run';

// --- no network -----------------------------------------------------------------------------
function isLoopback(host) {
    return !host || host === 'localhost' || host === '127.0.0.1' || host === '::1';
}
function guard(original) {
    return function (...args) {
        const options = typeof args[0] === 'object' && args[0] !== null ? args[0] : {};
        const host = typeof args[1] === 'string' ? args[1] : options.host || options.hostname;
        if (!isLoopback(host) || options.port === 1883 || options.port === 8883) {
            const socket = new net.Socket();
            process.nextTick(() => socket.destroy(new Error(`harness: no network (${host})`)));
            return socket;
        }
        return original.apply(this, args);
    };
}
net.connect = net.createConnection = guard(net.createConnection);
tls.connect = guard(tls.connect);

// --- Node-RED ------------------------------------------------------------------------------
let RED;
try {
    RED = require(path.join(plan.nodeRed, 'node_modules', 'node-red'));
} catch (e) {
    fail(`cannot load Node-RED from ${plan.nodeRed}: ${e.message}`);
}

const userDir = fs.mkdtempSync(path.join(os.tmpdir(), 'flowsmith-nodered-'));
fs.copyFileSync(plan.flows, path.join(userDir, 'flows.json'));
process.on('exit', () => fs.rmSync(userDir, { recursive: true, force: true }));

const logged = { errors: [], warnings: [], missingTypes: [] };
const settings = {
    userDir,
    flowFile: 'flows.json',
    flowFilePretty: true,
    credentialSecret: false,
    httpAdminRoot: false,
    httpNodeRoot: false,
    disableEditor: true,
    uiHost: '127.0.0.1',
    externalModules: { autoInstall: false, palette: { allowInstall: false } },
    diagnostics: { enabled: false, ui: false },
    telemetry: { enabled: false },
    functionExternalModules: false,
    logging: {
        console: { level: 'off' },
        harness: {
            level: 'warn',
            handler: () => (entry) => {
                const text = typeof entry.msg === 'string' ? entry.msg : JSON.stringify(entry.msg);
                const where = entry.id ? `${entry.type || 'node'} ${entry.id}: ` : '';
                // 20 error, 30 warn (Node-RED's levels).
                const list = entry.level <= 20 ? logged.errors : logged.warnings;
                if (list.length < 50) // a flow failing every message would flood the report
                    list.push(where + text);
            },
        },
    },
};

// The case running now: its sinks are the ones recorded.
let current = { name: '', sinks: {}, httpSinks: new Set() };

function out(object) {
    process.stdout.write(JSON.stringify(object) + '\n');
}

// Our message from a Node-RED msg: body = payload, headers = msg.headers; a split's msg.parts
// is our `parts` header (len is Node-RED's own bookkeeping).
function message(msg) {
    const headers = msg.headers && typeof msg.headers === 'object' ? { ...msg.headers } : {};
    if (msg.parts && typeof msg.parts === 'object') {
        const strip = (parts) => {
            const copy = { ...parts };
            delete copy.len;
            if (copy.parts)
                copy.parts = strip(copy.parts);
            return copy;
        };
        headers.parts = strip(msg.parts);
    }
    return { body: msg.payload === undefined ? null : msg.payload, headers };
}

// Idle detection: no delivery in flight (preDeliver until onReceive) and no hook activity
// for a short quiet window. Nodes evaluate JSONata with promises, which settle before any
// timer fires, so a node still working shows as activity within the window. (onComplete is
// no help: the switch node does not always call done().)
let inFlight = 0;
let lastActivity = process.hrtime.bigint();
let currentInput = -1;
let received = 0;
const delivered = new WeakSet();

function touch(_event) {
    lastActivity = process.hrtime.bigint();
}

RED.hooks.add('preDeliver.flowsmith', (event) => {
    touch();
    inFlight++;
    delivered.add(event.msg);
});

RED.hooks.add('onReceive.flowsmith', (event) => {
    touch();
    if (delivered.has(event.msg)) {
        delivered.delete(event.msg);
        inFlight--;
    }
    const id = event.destination.id;
    if (Object.prototype.hasOwnProperty.call(current.sinks, id)) {
        received++;
        if (mode === 'run') {
            const record = message(event.msg);
            out({ case: current.name, sink: current.sinks[id], input: currentInput,
                  body: record.body, headers: record.headers });
        }
        if (current.httpSinks.has(id)) {
            const answer = RED.util.cloneMessage(event.msg);
            answer.statusCode = 200;
            answer.headers = answer.headers && typeof answer.headers === 'object' ? answer.headers : {};
            answer.responseUrl = '';
            event.destination.node.send(answer);
        }
        return false; // the sink never runs: nothing leaves for a network
    }
});

// A hook of one parameter returns; one of two or none must call back (Node-RED's hooks).
RED.hooks.add('onSend.flowsmith', (event) => touch(event));
RED.hooks.add('onComplete.flowsmith', (event) => touch(event));

function idle(quietMs) {
    const quietNs = BigInt(Math.round(quietMs * 1e6));
    return new Promise((resolve) => {
        const check = () => {
            if (inFlight === 0 && process.hrtime.bigint() - lastActivity >= quietNs)
                resolve();
            else
                setTimeout(check, 1);
        };
        setTimeout(check, 1);
    });
}

// The source node once it and every node it is wired to are running: 'flows:started' has
// been seen to come before a source's wires were live on a machine under load, and messages
// sent then go nowhere.
async function start(entry) {
    current = { name: entry.name || '', sinks: entry.sinks || {},
                httpSinks: new Set(entry.httpSinks || []) };
    const deadline = Date.now() + 10000;
    for (;;) {
        const node = RED.nodes.getNode(entry.source);
        const targets = node && Array.isArray(node.wires) ? node.wires.flat() : [];
        if (node && targets.length > 0 && targets.every((id) => RED.nodes.getNode(id)))
            return node;
        if (Date.now() > deadline) {
            logged.errors.push(`${current.name}: the source node ${entry.source} is not running`
                               + ' or not wired');
            return null;
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
    }
}

function toMsg(input) {
    const msg = { _msgid: RED.util.generateId(), payload: RED.util.cloneMessage({ p: input.body }).p };
    if (input.headers && Object.keys(input.headers).length > 0)
        msg.headers = RED.util.cloneMessage({ h: input.headers }).h;
    return msg;
}

async function run() {
    for (const entry of plan.cases || []) {
        const source = await start(entry);
        const inputs = entry.inputs || [];
        for (let i = 0; source && i < inputs.length; i++) {
            currentInput = i;
            source.send(toMsg(inputs[i]));
            await idle(5);
        }
    }
}

async function bench() {
    const entry = (plan.cases || [])[0] || {};
    const source = await start(entry);
    const inputs = entry.inputs || [];
    const count = plan.count || inputs.length;
    if (!source || inputs.length === 0)
        return;
    const started = process.hrtime.bigint();
    const cpuStarted = process.cpuUsage();
    // Batches keep memory flat: the runtime queues every delivery with setImmediate.
    const batch = 500;
    for (let sent = 0; sent < count;) {
        const end = Math.min(count, sent + batch);
        for (; sent < end; sent++)
            source.send(toMsg(inputs[sent % inputs.length]));
        await idle(5);
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const cpu = process.cpuUsage(cpuStarted);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    out({ bench: true, messages: count, received, seconds, rate: count / seconds, cpuSeconds });
}

async function main() {
    const t0 = Date.now();
    const lap = (what) => process.env.HARNESS_TIMING && process.stderr.write(`${what} ${Date.now() - t0} ms\n`);
    const server = http.createServer(); // never listens: the editor and http nodes are off
    RED.init(server, settings);
    const started = new Promise((resolve) => {
        RED.events.once('flows:started', () => resolve('started'));
        // Node types nobody registered (a contrib node not installed): the flows wait for them.
        RED.events.on('runtime-event', (event) => {
            if (event && event.id === 'runtime-state' && event.payload
                && event.payload.error === 'missing-types') {
                logged.missingTypes = event.payload.types || [];
                resolve('missing');
            }
        });
    });
    lap('init');
    await RED.start();
    lap('start');
    const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), 15000));
    const state = await Promise.race([started, timeout]);
    if (state === 'timeout') {
        logged.errors.push('the flows did not start within 15 s');
    } else if (state === 'missing') {
        logged.errors.push('the flows wait for node types nobody registered: '
                           + logged.missingTypes.join(', '));
    } else if (mode === 'load') {
        await new Promise((resolve) => setTimeout(resolve, 300)); // errors of nodes starting
    } else {
        await new Promise((resolve) => setTimeout(resolve, 100)); // let the runtime settle
        await (mode === 'bench' ? bench() : run());
    }
    lap('ran');
    await RED.stop();
    lap('stop');
    out({ done: true, errors: logged.errors, warnings: logged.warnings, missingTypes: logged.missingTypes });
    process.exit(0);
}

main().catch((e) => fail(e && e.stack ? e.stack : String(e)));
