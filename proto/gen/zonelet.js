/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $String = $util.global.String, $BigInt = $util.global.BigInt, $Array = $util.global.Array, $Boolean = $util.global.Boolean, $isFinite = $util.global.isFinite;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const zonelet = $root.zonelet = (() => {

    /**
     * Namespace zonelet.
     * @exports zonelet
     * @namespace
     */
    const zonelet = {};

    zonelet.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof zonelet
         * @namespace
         */
        const v1 = {};

        v1.Envelope = (function() {

            /**
             * Properties of an Envelope.
             * @typedef {Object} zonelet.v1.Envelope.$Properties
             * @property {number|Long|null} [seq] Envelope seq
             * @property {number|Long|null} [ack] Envelope ack
             * @property {zonelet.v1.AgentHello.$Properties|null} [hello] Envelope hello
             * @property {zonelet.v1.HubWelcome.$Properties|null} [welcome] Envelope welcome
             * @property {zonelet.v1.ZoneSnapshot.$Properties|null} [zoneSnapshot] Envelope zoneSnapshot
             * @property {zonelet.v1.ZoneChange.$Properties|null} [zoneChange] Envelope zoneChange
             * @property {zonelet.v1.SeriesDictionary.$Properties|null} [dictionary] Envelope dictionary
             * @property {zonelet.v1.MetricsBatch.$Properties|null} [metrics] Envelope metrics
             * @property {zonelet.v1.Gap.$Properties|null} [gap] Envelope gap
             * @property {zonelet.v1.HostStatus.$Properties|null} [hostStatus] Envelope hostStatus
             * @property {zonelet.v1.Command.$Properties|null} [command] Envelope command
             * @property {zonelet.v1.CommandProgress.$Properties|null} [commandProgress] Envelope commandProgress
             * @property {zonelet.v1.CommandResult.$Properties|null} [commandResult] Envelope commandResult
             * @property {zonelet.v1.Ack.$Properties|null} [ackMsg] Envelope ackMsg
             * @property {zonelet.v1.Error.$Properties|null} [error] Envelope error
             * @property {"hello"|"welcome"|"zoneSnapshot"|"zoneChange"|"dictionary"|"metrics"|"gap"|"hostStatus"|"command"|"commandProgress"|"commandResult"|"ackMsg"|"error"} [body] Envelope body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Envelope.
             * @memberof zonelet.v1
             * @interface IEnvelope
             * @augments zonelet.v1.Envelope.$Properties
             * @deprecated Use zonelet.v1.Envelope.$Properties instead.
             */

            /**
             * Narrowed shape of an Envelope.
             * @typedef {{
             *   seq?: number|Long|null;
             *   ack?: number|Long|null;
             *   hello?: zonelet.v1.AgentHello.$Shape|null;
             *   welcome?: zonelet.v1.HubWelcome.$Shape|null;
             *   zoneSnapshot?: zonelet.v1.ZoneSnapshot.$Shape|null;
             *   zoneChange?: zonelet.v1.ZoneChange.$Shape|null;
             *   dictionary?: zonelet.v1.SeriesDictionary.$Shape|null;
             *   metrics?: zonelet.v1.MetricsBatch.$Shape|null;
             *   gap?: zonelet.v1.Gap.$Shape|null;
             *   hostStatus?: zonelet.v1.HostStatus.$Shape|null;
             *   command?: zonelet.v1.Command.$Shape|null;
             *   commandProgress?: zonelet.v1.CommandProgress.$Shape|null;
             *   commandResult?: zonelet.v1.CommandResult.$Shape|null;
             *   ackMsg?: zonelet.v1.Ack.$Shape|null;
             *   error?: zonelet.v1.Error.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; hello?: null; welcome?: null; zoneSnapshot?: null; zoneChange?: null; dictionary?: null; metrics?: null; gap?: null; hostStatus?: null; command?: null; commandProgress?: null; commandResult?: null; ackMsg?: null; error?: null }|{ body?: "hello"; hello: zonelet.v1.AgentHello.$Shape; welcome?: null; zoneSnapshot?: null; zoneChange?: null; dictionary?: null; metrics?: null; gap?: null; hostStatus?: null; command?: null; commandProgress?: null; commandResult?: null; ackMsg?: null; error?: null }|{ body?: "welcome"; hello?: null; welcome: zonelet.v1.HubWelcome.$Shape; zoneSnapshot?: null; zoneChange?: null; dictionary?: null; metrics?: null; gap?: null; hostStatus?: null; command?: null; commandProgress?: null; commandResult?: null; ackMsg?: null; error?: null }|{ body?: "zoneSnapshot"; hello?: null; welcome?: null; zoneSnapshot: zonelet.v1.ZoneSnapshot.$Shape; zoneChange?: null; dictionary?: null; metrics?: null; gap?: null; hostStatus?: null; command?: null; commandProgress?: null; commandResult?: null; ackMsg?: null; error?: null }|{ body?: "zoneChange"; hello?: null; welcome?: null; zoneSnapshot?: null; zoneChange: zonelet.v1.ZoneChange.$Shape; dictionary?: null; metrics?: null; gap?: null; hostStatus?: null; command?: null; commandProgress?: null; commandResult?: null; ackMsg?: null; error?: null }|{ body?: "dictionary"; hello?: null; welcome?: null; zoneSnapshot?: null; zoneChange?: null; dictionary: zonelet.v1.SeriesDictionary.$Shape; metrics?: null; gap?: null; hostStatus?: null; command?: null; commandProgress?: null; commandResult?: null; ackMsg?: null; error?: null }|{ body?: "metrics"; hello?: null; welcome?: null; zoneSnapshot?: null; zoneChange?: null; dictionary?: null; metrics: zonelet.v1.MetricsBatch.$Shape; gap?: null; hostStatus?: null; command?: null; commandProgress?: null; commandResult?: null; ackMsg?: null; error?: null }|{ body?: "gap"; hello?: null; welcome?: null; zoneSnapshot?: null; zoneChange?: null; dictionary?: null; metrics?: null; gap: zonelet.v1.Gap.$Shape; hostStatus?: null; command?: null; commandProgress?: null; commandResult?: null; ackMsg?: null; error?: null }|{ body?: "hostStatus"; hello?: null; welcome?: null; zoneSnapshot?: null; zoneChange?: null; dictionary?: null; metrics?: null; gap?: null; hostStatus: zonelet.v1.HostStatus.$Shape; command?: null; commandProgress?: null; commandResult?: null; ackMsg?: null; error?: null }|{ body?: "command"; hello?: null; welcome?: null; zoneSnapshot?: null; zoneChange?: null; dictionary?: null; metrics?: null; gap?: null; hostStatus?: null; command: zonelet.v1.Command.$Shape; commandProgress?: null; commandResult?: null; ackMsg?: null; error?: null }|{ body?: "commandProgress"; hello?: null; welcome?: null; zoneSnapshot?: null; zoneChange?: null; dictionary?: null; metrics?: null; gap?: null; hostStatus?: null; command?: null; commandProgress: zonelet.v1.CommandProgress.$Shape; commandResult?: null; ackMsg?: null; error?: null }|{ body?: "commandResult"; hello?: null; welcome?: null; zoneSnapshot?: null; zoneChange?: null; dictionary?: null; metrics?: null; gap?: null; hostStatus?: null; command?: null; commandProgress?: null; commandResult: zonelet.v1.CommandResult.$Shape; ackMsg?: null; error?: null }|{ body?: "ackMsg"; hello?: null; welcome?: null; zoneSnapshot?: null; zoneChange?: null; dictionary?: null; metrics?: null; gap?: null; hostStatus?: null; command?: null; commandProgress?: null; commandResult?: null; ackMsg: zonelet.v1.Ack.$Shape; error?: null }|{ body?: "error"; hello?: null; welcome?: null; zoneSnapshot?: null; zoneChange?: null; dictionary?: null; metrics?: null; gap?: null; hostStatus?: null; command?: null; commandProgress?: null; commandResult?: null; ackMsg?: null; error: zonelet.v1.Error.$Shape })
             * )} zonelet.v1.Envelope.$Shape
             */

            /**
             * Constructs a new Envelope.
             * @memberof zonelet.v1
             * @classdesc Represents an Envelope.
             * @constructor
             * @param {zonelet.v1.Envelope.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Envelope = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Envelope seq.
             * @member {number|Long} seq
             * @memberof zonelet.v1.Envelope
             * @instance
             */
            Envelope.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Envelope ack.
             * @member {number|Long|null|undefined} ack
             * @memberof zonelet.v1.Envelope
             * @instance
             */
            Envelope.prototype.ack = null;

            /**
             * Envelope hello.
             * @member {zonelet.v1.AgentHello.$Properties|null|undefined} hello
             * @memberof zonelet.v1.Envelope
             * @instance
             */
            Envelope.prototype.hello = null;

            /**
             * Envelope welcome.
             * @member {zonelet.v1.HubWelcome.$Properties|null|undefined} welcome
             * @memberof zonelet.v1.Envelope
             * @instance
             */
            Envelope.prototype.welcome = null;

            /**
             * Envelope zoneSnapshot.
             * @member {zonelet.v1.ZoneSnapshot.$Properties|null|undefined} zoneSnapshot
             * @memberof zonelet.v1.Envelope
             * @instance
             */
            Envelope.prototype.zoneSnapshot = null;

            /**
             * Envelope zoneChange.
             * @member {zonelet.v1.ZoneChange.$Properties|null|undefined} zoneChange
             * @memberof zonelet.v1.Envelope
             * @instance
             */
            Envelope.prototype.zoneChange = null;

            /**
             * Envelope dictionary.
             * @member {zonelet.v1.SeriesDictionary.$Properties|null|undefined} dictionary
             * @memberof zonelet.v1.Envelope
             * @instance
             */
            Envelope.prototype.dictionary = null;

            /**
             * Envelope metrics.
             * @member {zonelet.v1.MetricsBatch.$Properties|null|undefined} metrics
             * @memberof zonelet.v1.Envelope
             * @instance
             */
            Envelope.prototype.metrics = null;

            /**
             * Envelope gap.
             * @member {zonelet.v1.Gap.$Properties|null|undefined} gap
             * @memberof zonelet.v1.Envelope
             * @instance
             */
            Envelope.prototype.gap = null;

            /**
             * Envelope hostStatus.
             * @member {zonelet.v1.HostStatus.$Properties|null|undefined} hostStatus
             * @memberof zonelet.v1.Envelope
             * @instance
             */
            Envelope.prototype.hostStatus = null;

            /**
             * Envelope command.
             * @member {zonelet.v1.Command.$Properties|null|undefined} command
             * @memberof zonelet.v1.Envelope
             * @instance
             */
            Envelope.prototype.command = null;

            /**
             * Envelope commandProgress.
             * @member {zonelet.v1.CommandProgress.$Properties|null|undefined} commandProgress
             * @memberof zonelet.v1.Envelope
             * @instance
             */
            Envelope.prototype.commandProgress = null;

            /**
             * Envelope commandResult.
             * @member {zonelet.v1.CommandResult.$Properties|null|undefined} commandResult
             * @memberof zonelet.v1.Envelope
             * @instance
             */
            Envelope.prototype.commandResult = null;

            /**
             * Envelope ackMsg.
             * @member {zonelet.v1.Ack.$Properties|null|undefined} ackMsg
             * @memberof zonelet.v1.Envelope
             * @instance
             */
            Envelope.prototype.ackMsg = null;

            /**
             * Envelope error.
             * @member {zonelet.v1.Error.$Properties|null|undefined} error
             * @memberof zonelet.v1.Envelope
             * @instance
             */
            Envelope.prototype.error = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Envelope.prototype, "_ack", {
                get: $util.oneOfGetter($oneOfFields = ["ack"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Envelope body.
             * @member {"hello"|"welcome"|"zoneSnapshot"|"zoneChange"|"dictionary"|"metrics"|"gap"|"hostStatus"|"command"|"commandProgress"|"commandResult"|"ackMsg"|"error"|undefined} body
             * @memberof zonelet.v1.Envelope
             * @instance
             */
            $Object.defineProperty(Envelope.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["hello", "welcome", "zoneSnapshot", "zoneChange", "dictionary", "metrics", "gap", "hostStatus", "command", "commandProgress", "commandResult", "ackMsg", "error"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Envelope instance using the specified properties.
             * @function create
             * @memberof zonelet.v1.Envelope
             * @static
             * @param {zonelet.v1.Envelope.$Properties=} [properties] Properties to set
             * @returns {zonelet.v1.Envelope} Envelope instance
             * @type {{
             *   (properties: zonelet.v1.Envelope.$Shape): zonelet.v1.Envelope & zonelet.v1.Envelope.$Shape;
             *   (properties?: zonelet.v1.Envelope.$Properties): zonelet.v1.Envelope;
             * }}
             */
            Envelope.create = function(properties) {
                return new Envelope(properties);
            };

            /**
             * Encodes the specified Envelope message. Does not implicitly {@link zonelet.v1.Envelope.verify|verify} messages.
             * @function encode
             * @memberof zonelet.v1.Envelope
             * @static
             * @param {zonelet.v1.Envelope.$Properties} m Envelope message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Envelope.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq") && (typeof m.seq === "object" ? m.seq.low || m.seq.high : m.seq !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).uint64(m.seq);
                if (m.ack != null && $Object.hasOwnProperty.call(m, "ack"))
                    w.uint32(/* id 2, wireType 0 =*/16).uint64(m.ack);
                if (m.hello != null && $Object.hasOwnProperty.call(m, "hello"))
                    $root.zonelet.v1.AgentHello.encode(m.hello, w.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
                if (m.welcome != null && $Object.hasOwnProperty.call(m, "welcome"))
                    $root.zonelet.v1.HubWelcome.encode(m.welcome, w.uint32(/* id 11, wireType 2 =*/90).fork(), q + 1).ldelim();
                if (m.zoneSnapshot != null && $Object.hasOwnProperty.call(m, "zoneSnapshot"))
                    $root.zonelet.v1.ZoneSnapshot.encode(m.zoneSnapshot, w.uint32(/* id 12, wireType 2 =*/98).fork(), q + 1).ldelim();
                if (m.zoneChange != null && $Object.hasOwnProperty.call(m, "zoneChange"))
                    $root.zonelet.v1.ZoneChange.encode(m.zoneChange, w.uint32(/* id 13, wireType 2 =*/106).fork(), q + 1).ldelim();
                if (m.dictionary != null && $Object.hasOwnProperty.call(m, "dictionary"))
                    $root.zonelet.v1.SeriesDictionary.encode(m.dictionary, w.uint32(/* id 14, wireType 2 =*/114).fork(), q + 1).ldelim();
                if (m.metrics != null && $Object.hasOwnProperty.call(m, "metrics"))
                    $root.zonelet.v1.MetricsBatch.encode(m.metrics, w.uint32(/* id 15, wireType 2 =*/122).fork(), q + 1).ldelim();
                if (m.gap != null && $Object.hasOwnProperty.call(m, "gap"))
                    $root.zonelet.v1.Gap.encode(m.gap, w.uint32(/* id 16, wireType 2 =*/130).fork(), q + 1).ldelim();
                if (m.hostStatus != null && $Object.hasOwnProperty.call(m, "hostStatus"))
                    $root.zonelet.v1.HostStatus.encode(m.hostStatus, w.uint32(/* id 17, wireType 2 =*/138).fork(), q + 1).ldelim();
                if (m.command != null && $Object.hasOwnProperty.call(m, "command"))
                    $root.zonelet.v1.Command.encode(m.command, w.uint32(/* id 18, wireType 2 =*/146).fork(), q + 1).ldelim();
                if (m.commandProgress != null && $Object.hasOwnProperty.call(m, "commandProgress"))
                    $root.zonelet.v1.CommandProgress.encode(m.commandProgress, w.uint32(/* id 19, wireType 2 =*/154).fork(), q + 1).ldelim();
                if (m.commandResult != null && $Object.hasOwnProperty.call(m, "commandResult"))
                    $root.zonelet.v1.CommandResult.encode(m.commandResult, w.uint32(/* id 20, wireType 2 =*/162).fork(), q + 1).ldelim();
                if (m.ackMsg != null && $Object.hasOwnProperty.call(m, "ackMsg"))
                    $root.zonelet.v1.Ack.encode(m.ackMsg, w.uint32(/* id 21, wireType 2 =*/170).fork(), q + 1).ldelim();
                if (m.error != null && $Object.hasOwnProperty.call(m, "error"))
                    $root.zonelet.v1.Error.encode(m.error, w.uint32(/* id 22, wireType 2 =*/178).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Envelope message, length delimited. Does not implicitly {@link zonelet.v1.Envelope.verify|verify} messages.
             * @function encodeDelimited
             * @memberof zonelet.v1.Envelope
             * @static
             * @param {zonelet.v1.Envelope.$Properties} message Envelope message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Envelope.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Envelope message from the specified reader or buffer.
             * @function decode
             * @memberof zonelet.v1.Envelope
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {zonelet.v1.Envelope & zonelet.v1.Envelope.$Shape} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Envelope.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.zonelet.v1.Envelope();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.seq = v;
                            else
                                delete m.seq;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            m.ack = r.uint64();
                            m._ack = "ack";
                            continue;
                        }
                    case 10: {
                            if (u !== 2)
                                break;
                            m.hello = $root.zonelet.v1.AgentHello.decode(r, r.size(), $undefined, q + 1, m.hello);
                            m.body = "hello";
                            continue;
                        }
                    case 11: {
                            if (u !== 2)
                                break;
                            m.welcome = $root.zonelet.v1.HubWelcome.decode(r, r.size(), $undefined, q + 1, m.welcome);
                            m.body = "welcome";
                            continue;
                        }
                    case 12: {
                            if (u !== 2)
                                break;
                            m.zoneSnapshot = $root.zonelet.v1.ZoneSnapshot.decode(r, r.size(), $undefined, q + 1, m.zoneSnapshot);
                            m.body = "zoneSnapshot";
                            continue;
                        }
                    case 13: {
                            if (u !== 2)
                                break;
                            m.zoneChange = $root.zonelet.v1.ZoneChange.decode(r, r.size(), $undefined, q + 1, m.zoneChange);
                            m.body = "zoneChange";
                            continue;
                        }
                    case 14: {
                            if (u !== 2)
                                break;
                            m.dictionary = $root.zonelet.v1.SeriesDictionary.decode(r, r.size(), $undefined, q + 1, m.dictionary);
                            m.body = "dictionary";
                            continue;
                        }
                    case 15: {
                            if (u !== 2)
                                break;
                            m.metrics = $root.zonelet.v1.MetricsBatch.decode(r, r.size(), $undefined, q + 1, m.metrics);
                            m.body = "metrics";
                            continue;
                        }
                    case 16: {
                            if (u !== 2)
                                break;
                            m.gap = $root.zonelet.v1.Gap.decode(r, r.size(), $undefined, q + 1, m.gap);
                            m.body = "gap";
                            continue;
                        }
                    case 17: {
                            if (u !== 2)
                                break;
                            m.hostStatus = $root.zonelet.v1.HostStatus.decode(r, r.size(), $undefined, q + 1, m.hostStatus);
                            m.body = "hostStatus";
                            continue;
                        }
                    case 18: {
                            if (u !== 2)
                                break;
                            m.command = $root.zonelet.v1.Command.decode(r, r.size(), $undefined, q + 1, m.command);
                            m.body = "command";
                            continue;
                        }
                    case 19: {
                            if (u !== 2)
                                break;
                            m.commandProgress = $root.zonelet.v1.CommandProgress.decode(r, r.size(), $undefined, q + 1, m.commandProgress);
                            m.body = "commandProgress";
                            continue;
                        }
                    case 20: {
                            if (u !== 2)
                                break;
                            m.commandResult = $root.zonelet.v1.CommandResult.decode(r, r.size(), $undefined, q + 1, m.commandResult);
                            m.body = "commandResult";
                            continue;
                        }
                    case 21: {
                            if (u !== 2)
                                break;
                            m.ackMsg = $root.zonelet.v1.Ack.decode(r, r.size(), $undefined, q + 1, m.ackMsg);
                            m.body = "ackMsg";
                            continue;
                        }
                    case 22: {
                            if (u !== 2)
                                break;
                            m.error = $root.zonelet.v1.Error.decode(r, r.size(), $undefined, q + 1, m.error);
                            m.body = "error";
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes an Envelope message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof zonelet.v1.Envelope
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {zonelet.v1.Envelope & zonelet.v1.Envelope.$Shape} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Envelope.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Envelope message.
             * @function verify
             * @memberof zonelet.v1.Envelope
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Envelope.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                var p = {};
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq")) {
                    if (!$util.isInteger(m.seq) && !(m.seq && $util.isInteger(m.seq.low) && $util.isInteger(m.seq.high)))
                        return "seq: integer|Long expected";
                }
                if (m.ack != null && $Object.hasOwnProperty.call(m, "ack")) {
                    p._ack = 1;
                    if (!$util.isInteger(m.ack) && !(m.ack && $util.isInteger(m.ack.low) && $util.isInteger(m.ack.high)))
                        return "ack: integer|Long expected";
                }
                if (m.hello != null && $Object.hasOwnProperty.call(m, "hello")) {
                    p.body = 1;
                    {
                        var e = $root.zonelet.v1.AgentHello.verify(m.hello, q + 1);
                        if (e)
                            return "hello." + e;
                    }
                }
                if (m.welcome != null && $Object.hasOwnProperty.call(m, "welcome")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.zonelet.v1.HubWelcome.verify(m.welcome, q + 1);
                        if (e)
                            return "welcome." + e;
                    }
                }
                if (m.zoneSnapshot != null && $Object.hasOwnProperty.call(m, "zoneSnapshot")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.zonelet.v1.ZoneSnapshot.verify(m.zoneSnapshot, q + 1);
                        if (e)
                            return "zoneSnapshot." + e;
                    }
                }
                if (m.zoneChange != null && $Object.hasOwnProperty.call(m, "zoneChange")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.zonelet.v1.ZoneChange.verify(m.zoneChange, q + 1);
                        if (e)
                            return "zoneChange." + e;
                    }
                }
                if (m.dictionary != null && $Object.hasOwnProperty.call(m, "dictionary")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.zonelet.v1.SeriesDictionary.verify(m.dictionary, q + 1);
                        if (e)
                            return "dictionary." + e;
                    }
                }
                if (m.metrics != null && $Object.hasOwnProperty.call(m, "metrics")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.zonelet.v1.MetricsBatch.verify(m.metrics, q + 1);
                        if (e)
                            return "metrics." + e;
                    }
                }
                if (m.gap != null && $Object.hasOwnProperty.call(m, "gap")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.zonelet.v1.Gap.verify(m.gap, q + 1);
                        if (e)
                            return "gap." + e;
                    }
                }
                if (m.hostStatus != null && $Object.hasOwnProperty.call(m, "hostStatus")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.zonelet.v1.HostStatus.verify(m.hostStatus, q + 1);
                        if (e)
                            return "hostStatus." + e;
                    }
                }
                if (m.command != null && $Object.hasOwnProperty.call(m, "command")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.zonelet.v1.Command.verify(m.command, q + 1);
                        if (e)
                            return "command." + e;
                    }
                }
                if (m.commandProgress != null && $Object.hasOwnProperty.call(m, "commandProgress")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.zonelet.v1.CommandProgress.verify(m.commandProgress, q + 1);
                        if (e)
                            return "commandProgress." + e;
                    }
                }
                if (m.commandResult != null && $Object.hasOwnProperty.call(m, "commandResult")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.zonelet.v1.CommandResult.verify(m.commandResult, q + 1);
                        if (e)
                            return "commandResult." + e;
                    }
                }
                if (m.ackMsg != null && $Object.hasOwnProperty.call(m, "ackMsg")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.zonelet.v1.Ack.verify(m.ackMsg, q + 1);
                        if (e)
                            return "ackMsg." + e;
                    }
                }
                if (m.error != null && $Object.hasOwnProperty.call(m, "error")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.zonelet.v1.Error.verify(m.error, q + 1);
                        if (e)
                            return "error." + e;
                    }
                }
                return null;
            };

            /**
             * Creates an Envelope message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof zonelet.v1.Envelope
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {zonelet.v1.Envelope} Envelope
             */
            Envelope.fromObject = function (d, q) {
                if (d instanceof $root.zonelet.v1.Envelope)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".zonelet.v1.Envelope: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.zonelet.v1.Envelope();
                if (d.seq != null) {
                    if (typeof d.seq === "object" ? d.seq.low || d.seq.high : $Number(d.seq) !== 0) {
                        if ($util.Long)
                            m.seq = $util.Long.fromValue(d.seq, true);
                        else if (typeof d.seq === "string")
                            m.seq = $parseInt(d.seq, 10);
                        else if (typeof d.seq === "number")
                            m.seq = d.seq;
                        else if (typeof d.seq === "object")
                            m.seq = new $util.LongBits(d.seq.low >>> 0, d.seq.high >>> 0).toNumber(true);
                    }
                }
                if (d.ack != null) {
                    if ($util.Long)
                        m.ack = $util.Long.fromValue(d.ack, true);
                    else if (typeof d.ack === "string")
                        m.ack = $parseInt(d.ack, 10);
                    else if (typeof d.ack === "number")
                        m.ack = d.ack;
                    else if (typeof d.ack === "object")
                        m.ack = new $util.LongBits(d.ack.low >>> 0, d.ack.high >>> 0).toNumber(true);
                }
                if (d.hello != null) {
                    if (!$util.isObject(d.hello))
                        throw $TypeError(".zonelet.v1.Envelope.hello: object expected");
                    m.hello = $root.zonelet.v1.AgentHello.fromObject(d.hello, q + 1);
                }
                if (d.welcome != null) {
                    if (!$util.isObject(d.welcome))
                        throw $TypeError(".zonelet.v1.Envelope.welcome: object expected");
                    m.welcome = $root.zonelet.v1.HubWelcome.fromObject(d.welcome, q + 1);
                }
                if (d.zoneSnapshot != null) {
                    if (!$util.isObject(d.zoneSnapshot))
                        throw $TypeError(".zonelet.v1.Envelope.zoneSnapshot: object expected");
                    m.zoneSnapshot = $root.zonelet.v1.ZoneSnapshot.fromObject(d.zoneSnapshot, q + 1);
                }
                if (d.zoneChange != null) {
                    if (!$util.isObject(d.zoneChange))
                        throw $TypeError(".zonelet.v1.Envelope.zoneChange: object expected");
                    m.zoneChange = $root.zonelet.v1.ZoneChange.fromObject(d.zoneChange, q + 1);
                }
                if (d.dictionary != null) {
                    if (!$util.isObject(d.dictionary))
                        throw $TypeError(".zonelet.v1.Envelope.dictionary: object expected");
                    m.dictionary = $root.zonelet.v1.SeriesDictionary.fromObject(d.dictionary, q + 1);
                }
                if (d.metrics != null) {
                    if (!$util.isObject(d.metrics))
                        throw $TypeError(".zonelet.v1.Envelope.metrics: object expected");
                    m.metrics = $root.zonelet.v1.MetricsBatch.fromObject(d.metrics, q + 1);
                }
                if (d.gap != null) {
                    if (!$util.isObject(d.gap))
                        throw $TypeError(".zonelet.v1.Envelope.gap: object expected");
                    m.gap = $root.zonelet.v1.Gap.fromObject(d.gap, q + 1);
                }
                if (d.hostStatus != null) {
                    if (!$util.isObject(d.hostStatus))
                        throw $TypeError(".zonelet.v1.Envelope.hostStatus: object expected");
                    m.hostStatus = $root.zonelet.v1.HostStatus.fromObject(d.hostStatus, q + 1);
                }
                if (d.command != null) {
                    if (!$util.isObject(d.command))
                        throw $TypeError(".zonelet.v1.Envelope.command: object expected");
                    m.command = $root.zonelet.v1.Command.fromObject(d.command, q + 1);
                }
                if (d.commandProgress != null) {
                    if (!$util.isObject(d.commandProgress))
                        throw $TypeError(".zonelet.v1.Envelope.commandProgress: object expected");
                    m.commandProgress = $root.zonelet.v1.CommandProgress.fromObject(d.commandProgress, q + 1);
                }
                if (d.commandResult != null) {
                    if (!$util.isObject(d.commandResult))
                        throw $TypeError(".zonelet.v1.Envelope.commandResult: object expected");
                    m.commandResult = $root.zonelet.v1.CommandResult.fromObject(d.commandResult, q + 1);
                }
                if (d.ackMsg != null) {
                    if (!$util.isObject(d.ackMsg))
                        throw $TypeError(".zonelet.v1.Envelope.ackMsg: object expected");
                    m.ackMsg = $root.zonelet.v1.Ack.fromObject(d.ackMsg, q + 1);
                }
                if (d.error != null) {
                    if (!$util.isObject(d.error))
                        throw $TypeError(".zonelet.v1.Envelope.error: object expected");
                    m.error = $root.zonelet.v1.Error.fromObject(d.error, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from an Envelope message. Also converts values to other types if specified.
             * @function toObject
             * @memberof zonelet.v1.Envelope
             * @static
             * @param {zonelet.v1.Envelope} m Envelope
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Envelope.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.seq = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.seq = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.seq = typeof m.seq === "number" ? $BigInt(m.seq) : $util.Long.fromBits(m.seq.low >>> 0, m.seq.high >>> 0, true).toBigInt();
                    else if (typeof m.seq === "number")
                        d.seq = o.longs === $String ? $String(m.seq) : m.seq;
                    else
                        d.seq = o.longs === $String ? $util.Long.prototype.toString.call(m.seq) : o.longs === $Number ? new $util.LongBits(m.seq.low >>> 0, m.seq.high >>> 0).toNumber(true) : m.seq;
                }
                if (m.ack != null && $Object.hasOwnProperty.call(m, "ack")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.ack = typeof m.ack === "number" ? $BigInt(m.ack) : $util.Long.fromBits(m.ack.low >>> 0, m.ack.high >>> 0, true).toBigInt();
                    else if (typeof m.ack === "number")
                        d.ack = o.longs === $String ? $String(m.ack) : m.ack;
                    else
                        d.ack = o.longs === $String ? $util.Long.prototype.toString.call(m.ack) : o.longs === $Number ? new $util.LongBits(m.ack.low >>> 0, m.ack.high >>> 0).toNumber(true) : m.ack;
                }
                if (m.hello != null && $Object.hasOwnProperty.call(m, "hello")) {
                    d.hello = $root.zonelet.v1.AgentHello.toObject(m.hello, o, q + 1);
                    if (o.oneofs)
                        d.body = "hello";
                }
                if (m.welcome != null && $Object.hasOwnProperty.call(m, "welcome")) {
                    d.welcome = $root.zonelet.v1.HubWelcome.toObject(m.welcome, o, q + 1);
                    if (o.oneofs)
                        d.body = "welcome";
                }
                if (m.zoneSnapshot != null && $Object.hasOwnProperty.call(m, "zoneSnapshot")) {
                    d.zoneSnapshot = $root.zonelet.v1.ZoneSnapshot.toObject(m.zoneSnapshot, o, q + 1);
                    if (o.oneofs)
                        d.body = "zoneSnapshot";
                }
                if (m.zoneChange != null && $Object.hasOwnProperty.call(m, "zoneChange")) {
                    d.zoneChange = $root.zonelet.v1.ZoneChange.toObject(m.zoneChange, o, q + 1);
                    if (o.oneofs)
                        d.body = "zoneChange";
                }
                if (m.dictionary != null && $Object.hasOwnProperty.call(m, "dictionary")) {
                    d.dictionary = $root.zonelet.v1.SeriesDictionary.toObject(m.dictionary, o, q + 1);
                    if (o.oneofs)
                        d.body = "dictionary";
                }
                if (m.metrics != null && $Object.hasOwnProperty.call(m, "metrics")) {
                    d.metrics = $root.zonelet.v1.MetricsBatch.toObject(m.metrics, o, q + 1);
                    if (o.oneofs)
                        d.body = "metrics";
                }
                if (m.gap != null && $Object.hasOwnProperty.call(m, "gap")) {
                    d.gap = $root.zonelet.v1.Gap.toObject(m.gap, o, q + 1);
                    if (o.oneofs)
                        d.body = "gap";
                }
                if (m.hostStatus != null && $Object.hasOwnProperty.call(m, "hostStatus")) {
                    d.hostStatus = $root.zonelet.v1.HostStatus.toObject(m.hostStatus, o, q + 1);
                    if (o.oneofs)
                        d.body = "hostStatus";
                }
                if (m.command != null && $Object.hasOwnProperty.call(m, "command")) {
                    d.command = $root.zonelet.v1.Command.toObject(m.command, o, q + 1);
                    if (o.oneofs)
                        d.body = "command";
                }
                if (m.commandProgress != null && $Object.hasOwnProperty.call(m, "commandProgress")) {
                    d.commandProgress = $root.zonelet.v1.CommandProgress.toObject(m.commandProgress, o, q + 1);
                    if (o.oneofs)
                        d.body = "commandProgress";
                }
                if (m.commandResult != null && $Object.hasOwnProperty.call(m, "commandResult")) {
                    d.commandResult = $root.zonelet.v1.CommandResult.toObject(m.commandResult, o, q + 1);
                    if (o.oneofs)
                        d.body = "commandResult";
                }
                if (m.ackMsg != null && $Object.hasOwnProperty.call(m, "ackMsg")) {
                    d.ackMsg = $root.zonelet.v1.Ack.toObject(m.ackMsg, o, q + 1);
                    if (o.oneofs)
                        d.body = "ackMsg";
                }
                if (m.error != null && $Object.hasOwnProperty.call(m, "error")) {
                    d.error = $root.zonelet.v1.Error.toObject(m.error, o, q + 1);
                    if (o.oneofs)
                        d.body = "error";
                }
                return d;
            };

            /**
             * Converts this Envelope to JSON.
             * @function toJSON
             * @memberof zonelet.v1.Envelope
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Envelope.prototype.toJSON = function() {
                return Envelope.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Envelope
             * @function getTypeUrl
             * @memberof zonelet.v1.Envelope
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Envelope.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/zonelet.v1.Envelope";
            };

            return Envelope;
        })();

        v1.AgentHello = (function() {

            /**
             * Properties of an AgentHello.
             * @typedef {Object} zonelet.v1.AgentHello.$Properties
             * @property {Array.<number>|null} [supportedVersions] AgentHello supportedVersions
             * @property {string|null} [hostUuid] AgentHello hostUuid
             * @property {string|null} [hostname] AgentHello hostname
             * @property {string|null} [agentVersion] AgentHello agentVersion
             * @property {string|null} [bootId] AgentHello bootId
             * @property {string|null} [streamId] AgentHello streamId
             * @property {number|Long|null} [firstSeq] AgentHello firstSeq
             * @property {number|Long|null} [lastSeq] AgentHello lastSeq
             * @property {string|null} [platform] AgentHello platform
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AgentHello.
             * @memberof zonelet.v1
             * @interface IAgentHello
             * @augments zonelet.v1.AgentHello.$Properties
             * @deprecated Use zonelet.v1.AgentHello.$Properties instead.
             */

            /**
             * Shape of an AgentHello.
             * @typedef {zonelet.v1.AgentHello.$Properties} zonelet.v1.AgentHello.$Shape
             */

            /**
             * Constructs a new AgentHello.
             * @memberof zonelet.v1
             * @classdesc Represents an AgentHello.
             * @constructor
             * @param {zonelet.v1.AgentHello.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AgentHello = function (p) {
                this.supportedVersions = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * AgentHello supportedVersions.
             * @member {Array.<number>} supportedVersions
             * @memberof zonelet.v1.AgentHello
             * @instance
             */
            AgentHello.prototype.supportedVersions = $util.emptyArray;

            /**
             * AgentHello hostUuid.
             * @member {string} hostUuid
             * @memberof zonelet.v1.AgentHello
             * @instance
             */
            AgentHello.prototype.hostUuid = "";

            /**
             * AgentHello hostname.
             * @member {string} hostname
             * @memberof zonelet.v1.AgentHello
             * @instance
             */
            AgentHello.prototype.hostname = "";

            /**
             * AgentHello agentVersion.
             * @member {string} agentVersion
             * @memberof zonelet.v1.AgentHello
             * @instance
             */
            AgentHello.prototype.agentVersion = "";

            /**
             * AgentHello bootId.
             * @member {string} bootId
             * @memberof zonelet.v1.AgentHello
             * @instance
             */
            AgentHello.prototype.bootId = "";

            /**
             * AgentHello streamId.
             * @member {string} streamId
             * @memberof zonelet.v1.AgentHello
             * @instance
             */
            AgentHello.prototype.streamId = "";

            /**
             * AgentHello firstSeq.
             * @member {number|Long} firstSeq
             * @memberof zonelet.v1.AgentHello
             * @instance
             */
            AgentHello.prototype.firstSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * AgentHello lastSeq.
             * @member {number|Long} lastSeq
             * @memberof zonelet.v1.AgentHello
             * @instance
             */
            AgentHello.prototype.lastSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * AgentHello platform.
             * @member {string} platform
             * @memberof zonelet.v1.AgentHello
             * @instance
             */
            AgentHello.prototype.platform = "";

            /**
             * Creates a new AgentHello instance using the specified properties.
             * @function create
             * @memberof zonelet.v1.AgentHello
             * @static
             * @param {zonelet.v1.AgentHello.$Properties=} [properties] Properties to set
             * @returns {zonelet.v1.AgentHello} AgentHello instance
             * @type {{
             *   (properties: zonelet.v1.AgentHello.$Shape): zonelet.v1.AgentHello & zonelet.v1.AgentHello.$Shape;
             *   (properties?: zonelet.v1.AgentHello.$Properties): zonelet.v1.AgentHello;
             * }}
             */
            AgentHello.create = function(properties) {
                return new AgentHello(properties);
            };

            /**
             * Encodes the specified AgentHello message. Does not implicitly {@link zonelet.v1.AgentHello.verify|verify} messages.
             * @function encode
             * @memberof zonelet.v1.AgentHello
             * @static
             * @param {zonelet.v1.AgentHello.$Properties} m AgentHello message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AgentHello.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.supportedVersions != null && m.supportedVersions.length) {
                    w.uint32(/* id 1, wireType 2 =*/10).uint32s(m.supportedVersions);
                }
                if (m.hostUuid != null && $Object.hasOwnProperty.call(m, "hostUuid") && m.hostUuid !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.hostUuid);
                if (m.hostname != null && $Object.hasOwnProperty.call(m, "hostname") && m.hostname !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.hostname);
                if (m.agentVersion != null && $Object.hasOwnProperty.call(m, "agentVersion") && m.agentVersion !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.agentVersion);
                if (m.bootId != null && $Object.hasOwnProperty.call(m, "bootId") && m.bootId !== "")
                    w.uint32(/* id 5, wireType 2 =*/42).string(m.bootId);
                if (m.streamId != null && $Object.hasOwnProperty.call(m, "streamId") && m.streamId !== "")
                    w.uint32(/* id 6, wireType 2 =*/50).string(m.streamId);
                if (m.firstSeq != null && $Object.hasOwnProperty.call(m, "firstSeq") && (typeof m.firstSeq === "object" ? m.firstSeq.low || m.firstSeq.high : m.firstSeq !== 0))
                    w.uint32(/* id 7, wireType 0 =*/56).uint64(m.firstSeq);
                if (m.lastSeq != null && $Object.hasOwnProperty.call(m, "lastSeq") && (typeof m.lastSeq === "object" ? m.lastSeq.low || m.lastSeq.high : m.lastSeq !== 0))
                    w.uint32(/* id 8, wireType 0 =*/64).uint64(m.lastSeq);
                if (m.platform != null && $Object.hasOwnProperty.call(m, "platform") && m.platform !== "")
                    w.uint32(/* id 9, wireType 2 =*/74).string(m.platform);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified AgentHello message, length delimited. Does not implicitly {@link zonelet.v1.AgentHello.verify|verify} messages.
             * @function encodeDelimited
             * @memberof zonelet.v1.AgentHello
             * @static
             * @param {zonelet.v1.AgentHello.$Properties} message AgentHello message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AgentHello.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an AgentHello message from the specified reader or buffer.
             * @function decode
             * @memberof zonelet.v1.AgentHello
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {zonelet.v1.AgentHello & zonelet.v1.AgentHello.$Shape} AgentHello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AgentHello.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.zonelet.v1.AgentHello();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u === 2) {
                                if (!(m.supportedVersions && m.supportedVersions.length))
                                    m.supportedVersions = [];
                                r.uint32s(m.supportedVersions);
                                continue;
                            }
                            if (u !== 0)
                                break;
                            if (!(m.supportedVersions && m.supportedVersions.length))
                                m.supportedVersions = [];
                            m.supportedVersions.push(r.uint32());
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.hostUuid = v;
                            else
                                delete m.hostUuid;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.hostname = v;
                            else
                                delete m.hostname;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.agentVersion = v;
                            else
                                delete m.agentVersion;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.bootId = v;
                            else
                                delete m.bootId;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.streamId = v;
                            else
                                delete m.streamId;
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.firstSeq = v;
                            else
                                delete m.firstSeq;
                            continue;
                        }
                    case 8: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.lastSeq = v;
                            else
                                delete m.lastSeq;
                            continue;
                        }
                    case 9: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.platform = v;
                            else
                                delete m.platform;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes an AgentHello message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof zonelet.v1.AgentHello
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {zonelet.v1.AgentHello & zonelet.v1.AgentHello.$Shape} AgentHello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AgentHello.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an AgentHello message.
             * @function verify
             * @memberof zonelet.v1.AgentHello
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AgentHello.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.supportedVersions != null && $Object.hasOwnProperty.call(m, "supportedVersions")) {
                    if (!$Array.isArray(m.supportedVersions))
                        return "supportedVersions: array expected";
                    for (var i = 0; i < m.supportedVersions.length; ++i) {
                        if (!$util.isInteger(m.supportedVersions[i]))
                            return "supportedVersions: integer[] expected";
                    }
                }
                if (m.hostUuid != null && $Object.hasOwnProperty.call(m, "hostUuid")) {
                    if (!$util.isString(m.hostUuid))
                        return "hostUuid: string expected";
                }
                if (m.hostname != null && $Object.hasOwnProperty.call(m, "hostname")) {
                    if (!$util.isString(m.hostname))
                        return "hostname: string expected";
                }
                if (m.agentVersion != null && $Object.hasOwnProperty.call(m, "agentVersion")) {
                    if (!$util.isString(m.agentVersion))
                        return "agentVersion: string expected";
                }
                if (m.bootId != null && $Object.hasOwnProperty.call(m, "bootId")) {
                    if (!$util.isString(m.bootId))
                        return "bootId: string expected";
                }
                if (m.streamId != null && $Object.hasOwnProperty.call(m, "streamId")) {
                    if (!$util.isString(m.streamId))
                        return "streamId: string expected";
                }
                if (m.firstSeq != null && $Object.hasOwnProperty.call(m, "firstSeq")) {
                    if (!$util.isInteger(m.firstSeq) && !(m.firstSeq && $util.isInteger(m.firstSeq.low) && $util.isInteger(m.firstSeq.high)))
                        return "firstSeq: integer|Long expected";
                }
                if (m.lastSeq != null && $Object.hasOwnProperty.call(m, "lastSeq")) {
                    if (!$util.isInteger(m.lastSeq) && !(m.lastSeq && $util.isInteger(m.lastSeq.low) && $util.isInteger(m.lastSeq.high)))
                        return "lastSeq: integer|Long expected";
                }
                if (m.platform != null && $Object.hasOwnProperty.call(m, "platform")) {
                    if (!$util.isString(m.platform))
                        return "platform: string expected";
                }
                return null;
            };

            /**
             * Creates an AgentHello message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof zonelet.v1.AgentHello
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {zonelet.v1.AgentHello} AgentHello
             */
            AgentHello.fromObject = function (d, q) {
                if (d instanceof $root.zonelet.v1.AgentHello)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".zonelet.v1.AgentHello: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.zonelet.v1.AgentHello();
                if (d.supportedVersions) {
                    if (!$Array.isArray(d.supportedVersions))
                        throw $TypeError(".zonelet.v1.AgentHello.supportedVersions: array expected");
                    m.supportedVersions = $Array(d.supportedVersions.length);
                    for (var i = 0; i < d.supportedVersions.length; ++i) {
                        m.supportedVersions[i] = d.supportedVersions[i] >>> 0;
                    }
                }
                if (d.hostUuid != null) {
                    if (typeof d.hostUuid !== "string" || d.hostUuid.length) {
                        m.hostUuid = $String(d.hostUuid);
                    }
                }
                if (d.hostname != null) {
                    if (typeof d.hostname !== "string" || d.hostname.length) {
                        m.hostname = $String(d.hostname);
                    }
                }
                if (d.agentVersion != null) {
                    if (typeof d.agentVersion !== "string" || d.agentVersion.length) {
                        m.agentVersion = $String(d.agentVersion);
                    }
                }
                if (d.bootId != null) {
                    if (typeof d.bootId !== "string" || d.bootId.length) {
                        m.bootId = $String(d.bootId);
                    }
                }
                if (d.streamId != null) {
                    if (typeof d.streamId !== "string" || d.streamId.length) {
                        m.streamId = $String(d.streamId);
                    }
                }
                if (d.firstSeq != null) {
                    if (typeof d.firstSeq === "object" ? d.firstSeq.low || d.firstSeq.high : $Number(d.firstSeq) !== 0) {
                        if ($util.Long)
                            m.firstSeq = $util.Long.fromValue(d.firstSeq, true);
                        else if (typeof d.firstSeq === "string")
                            m.firstSeq = $parseInt(d.firstSeq, 10);
                        else if (typeof d.firstSeq === "number")
                            m.firstSeq = d.firstSeq;
                        else if (typeof d.firstSeq === "object")
                            m.firstSeq = new $util.LongBits(d.firstSeq.low >>> 0, d.firstSeq.high >>> 0).toNumber(true);
                    }
                }
                if (d.lastSeq != null) {
                    if (typeof d.lastSeq === "object" ? d.lastSeq.low || d.lastSeq.high : $Number(d.lastSeq) !== 0) {
                        if ($util.Long)
                            m.lastSeq = $util.Long.fromValue(d.lastSeq, true);
                        else if (typeof d.lastSeq === "string")
                            m.lastSeq = $parseInt(d.lastSeq, 10);
                        else if (typeof d.lastSeq === "number")
                            m.lastSeq = d.lastSeq;
                        else if (typeof d.lastSeq === "object")
                            m.lastSeq = new $util.LongBits(d.lastSeq.low >>> 0, d.lastSeq.high >>> 0).toNumber(true);
                    }
                }
                if (d.platform != null) {
                    if (typeof d.platform !== "string" || d.platform.length) {
                        m.platform = $String(d.platform);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an AgentHello message. Also converts values to other types if specified.
             * @function toObject
             * @memberof zonelet.v1.AgentHello
             * @static
             * @param {zonelet.v1.AgentHello} m AgentHello
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AgentHello.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.supportedVersions = [];
                }
                if (o.defaults) {
                    d.hostUuid = "";
                    d.hostname = "";
                    d.agentVersion = "";
                    d.bootId = "";
                    d.streamId = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.firstSeq = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.firstSeq = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.lastSeq = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.lastSeq = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.platform = "";
                }
                if (m.supportedVersions && m.supportedVersions.length) {
                    d.supportedVersions = $Array(m.supportedVersions.length);
                    for (var j = 0; j < m.supportedVersions.length; ++j) {
                        d.supportedVersions[j] = m.supportedVersions[j];
                    }
                }
                if (m.hostUuid != null && $Object.hasOwnProperty.call(m, "hostUuid")) {
                    d.hostUuid = m.hostUuid;
                }
                if (m.hostname != null && $Object.hasOwnProperty.call(m, "hostname")) {
                    d.hostname = m.hostname;
                }
                if (m.agentVersion != null && $Object.hasOwnProperty.call(m, "agentVersion")) {
                    d.agentVersion = m.agentVersion;
                }
                if (m.bootId != null && $Object.hasOwnProperty.call(m, "bootId")) {
                    d.bootId = m.bootId;
                }
                if (m.streamId != null && $Object.hasOwnProperty.call(m, "streamId")) {
                    d.streamId = m.streamId;
                }
                if (m.firstSeq != null && $Object.hasOwnProperty.call(m, "firstSeq")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.firstSeq = typeof m.firstSeq === "number" ? $BigInt(m.firstSeq) : $util.Long.fromBits(m.firstSeq.low >>> 0, m.firstSeq.high >>> 0, true).toBigInt();
                    else if (typeof m.firstSeq === "number")
                        d.firstSeq = o.longs === $String ? $String(m.firstSeq) : m.firstSeq;
                    else
                        d.firstSeq = o.longs === $String ? $util.Long.prototype.toString.call(m.firstSeq) : o.longs === $Number ? new $util.LongBits(m.firstSeq.low >>> 0, m.firstSeq.high >>> 0).toNumber(true) : m.firstSeq;
                }
                if (m.lastSeq != null && $Object.hasOwnProperty.call(m, "lastSeq")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.lastSeq = typeof m.lastSeq === "number" ? $BigInt(m.lastSeq) : $util.Long.fromBits(m.lastSeq.low >>> 0, m.lastSeq.high >>> 0, true).toBigInt();
                    else if (typeof m.lastSeq === "number")
                        d.lastSeq = o.longs === $String ? $String(m.lastSeq) : m.lastSeq;
                    else
                        d.lastSeq = o.longs === $String ? $util.Long.prototype.toString.call(m.lastSeq) : o.longs === $Number ? new $util.LongBits(m.lastSeq.low >>> 0, m.lastSeq.high >>> 0).toNumber(true) : m.lastSeq;
                }
                if (m.platform != null && $Object.hasOwnProperty.call(m, "platform")) {
                    d.platform = m.platform;
                }
                return d;
            };

            /**
             * Converts this AgentHello to JSON.
             * @function toJSON
             * @memberof zonelet.v1.AgentHello
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AgentHello.prototype.toJSON = function() {
                return AgentHello.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AgentHello
             * @function getTypeUrl
             * @memberof zonelet.v1.AgentHello
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AgentHello.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/zonelet.v1.AgentHello";
            };

            return AgentHello;
        })();

        v1.HubWelcome = (function() {

            /**
             * Properties of a HubWelcome.
             * @typedef {Object} zonelet.v1.HubWelcome.$Properties
             * @property {number|null} [version] HubWelcome version
             * @property {number|Long|null} [ackedSeq] HubWelcome ackedSeq
             * @property {string|null} [hubId] HubWelcome hubId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HubWelcome.
             * @memberof zonelet.v1
             * @interface IHubWelcome
             * @augments zonelet.v1.HubWelcome.$Properties
             * @deprecated Use zonelet.v1.HubWelcome.$Properties instead.
             */

            /**
             * Shape of a HubWelcome.
             * @typedef {zonelet.v1.HubWelcome.$Properties} zonelet.v1.HubWelcome.$Shape
             */

            /**
             * Constructs a new HubWelcome.
             * @memberof zonelet.v1
             * @classdesc Represents a HubWelcome.
             * @constructor
             * @param {zonelet.v1.HubWelcome.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HubWelcome = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * HubWelcome version.
             * @member {number} version
             * @memberof zonelet.v1.HubWelcome
             * @instance
             */
            HubWelcome.prototype.version = 0;

            /**
             * HubWelcome ackedSeq.
             * @member {number|Long} ackedSeq
             * @memberof zonelet.v1.HubWelcome
             * @instance
             */
            HubWelcome.prototype.ackedSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * HubWelcome hubId.
             * @member {string} hubId
             * @memberof zonelet.v1.HubWelcome
             * @instance
             */
            HubWelcome.prototype.hubId = "";

            /**
             * Creates a new HubWelcome instance using the specified properties.
             * @function create
             * @memberof zonelet.v1.HubWelcome
             * @static
             * @param {zonelet.v1.HubWelcome.$Properties=} [properties] Properties to set
             * @returns {zonelet.v1.HubWelcome} HubWelcome instance
             * @type {{
             *   (properties: zonelet.v1.HubWelcome.$Shape): zonelet.v1.HubWelcome & zonelet.v1.HubWelcome.$Shape;
             *   (properties?: zonelet.v1.HubWelcome.$Properties): zonelet.v1.HubWelcome;
             * }}
             */
            HubWelcome.create = function(properties) {
                return new HubWelcome(properties);
            };

            /**
             * Encodes the specified HubWelcome message. Does not implicitly {@link zonelet.v1.HubWelcome.verify|verify} messages.
             * @function encode
             * @memberof zonelet.v1.HubWelcome
             * @static
             * @param {zonelet.v1.HubWelcome.$Properties} m HubWelcome message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HubWelcome.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.version != null && $Object.hasOwnProperty.call(m, "version") && m.version !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.version);
                if (m.ackedSeq != null && $Object.hasOwnProperty.call(m, "ackedSeq") && (typeof m.ackedSeq === "object" ? m.ackedSeq.low || m.ackedSeq.high : m.ackedSeq !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).uint64(m.ackedSeq);
                if (m.hubId != null && $Object.hasOwnProperty.call(m, "hubId") && m.hubId !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.hubId);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified HubWelcome message, length delimited. Does not implicitly {@link zonelet.v1.HubWelcome.verify|verify} messages.
             * @function encodeDelimited
             * @memberof zonelet.v1.HubWelcome
             * @static
             * @param {zonelet.v1.HubWelcome.$Properties} message HubWelcome message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HubWelcome.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a HubWelcome message from the specified reader or buffer.
             * @function decode
             * @memberof zonelet.v1.HubWelcome
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {zonelet.v1.HubWelcome & zonelet.v1.HubWelcome.$Shape} HubWelcome
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HubWelcome.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.zonelet.v1.HubWelcome();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.version = v;
                            else
                                delete m.version;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.ackedSeq = v;
                            else
                                delete m.ackedSeq;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.hubId = v;
                            else
                                delete m.hubId;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a HubWelcome message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof zonelet.v1.HubWelcome
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {zonelet.v1.HubWelcome & zonelet.v1.HubWelcome.$Shape} HubWelcome
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HubWelcome.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a HubWelcome message.
             * @function verify
             * @memberof zonelet.v1.HubWelcome
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            HubWelcome.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                    if (!$util.isInteger(m.version))
                        return "version: integer expected";
                }
                if (m.ackedSeq != null && $Object.hasOwnProperty.call(m, "ackedSeq")) {
                    if (!$util.isInteger(m.ackedSeq) && !(m.ackedSeq && $util.isInteger(m.ackedSeq.low) && $util.isInteger(m.ackedSeq.high)))
                        return "ackedSeq: integer|Long expected";
                }
                if (m.hubId != null && $Object.hasOwnProperty.call(m, "hubId")) {
                    if (!$util.isString(m.hubId))
                        return "hubId: string expected";
                }
                return null;
            };

            /**
             * Creates a HubWelcome message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof zonelet.v1.HubWelcome
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {zonelet.v1.HubWelcome} HubWelcome
             */
            HubWelcome.fromObject = function (d, q) {
                if (d instanceof $root.zonelet.v1.HubWelcome)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".zonelet.v1.HubWelcome: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.zonelet.v1.HubWelcome();
                if (d.version != null) {
                    if ($Number(d.version) !== 0) {
                        m.version = d.version >>> 0;
                    }
                }
                if (d.ackedSeq != null) {
                    if (typeof d.ackedSeq === "object" ? d.ackedSeq.low || d.ackedSeq.high : $Number(d.ackedSeq) !== 0) {
                        if ($util.Long)
                            m.ackedSeq = $util.Long.fromValue(d.ackedSeq, true);
                        else if (typeof d.ackedSeq === "string")
                            m.ackedSeq = $parseInt(d.ackedSeq, 10);
                        else if (typeof d.ackedSeq === "number")
                            m.ackedSeq = d.ackedSeq;
                        else if (typeof d.ackedSeq === "object")
                            m.ackedSeq = new $util.LongBits(d.ackedSeq.low >>> 0, d.ackedSeq.high >>> 0).toNumber(true);
                    }
                }
                if (d.hubId != null) {
                    if (typeof d.hubId !== "string" || d.hubId.length) {
                        m.hubId = $String(d.hubId);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a HubWelcome message. Also converts values to other types if specified.
             * @function toObject
             * @memberof zonelet.v1.HubWelcome
             * @static
             * @param {zonelet.v1.HubWelcome} m HubWelcome
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            HubWelcome.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.version = 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.ackedSeq = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.ackedSeq = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.hubId = "";
                }
                if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                    d.version = m.version;
                }
                if (m.ackedSeq != null && $Object.hasOwnProperty.call(m, "ackedSeq")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.ackedSeq = typeof m.ackedSeq === "number" ? $BigInt(m.ackedSeq) : $util.Long.fromBits(m.ackedSeq.low >>> 0, m.ackedSeq.high >>> 0, true).toBigInt();
                    else if (typeof m.ackedSeq === "number")
                        d.ackedSeq = o.longs === $String ? $String(m.ackedSeq) : m.ackedSeq;
                    else
                        d.ackedSeq = o.longs === $String ? $util.Long.prototype.toString.call(m.ackedSeq) : o.longs === $Number ? new $util.LongBits(m.ackedSeq.low >>> 0, m.ackedSeq.high >>> 0).toNumber(true) : m.ackedSeq;
                }
                if (m.hubId != null && $Object.hasOwnProperty.call(m, "hubId")) {
                    d.hubId = m.hubId;
                }
                return d;
            };

            /**
             * Converts this HubWelcome to JSON.
             * @function toJSON
             * @memberof zonelet.v1.HubWelcome
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            HubWelcome.prototype.toJSON = function() {
                return HubWelcome.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for HubWelcome
             * @function getTypeUrl
             * @memberof zonelet.v1.HubWelcome
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            HubWelcome.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/zonelet.v1.HubWelcome";
            };

            return HubWelcome;
        })();

        v1.Nic = (function() {

            /**
             * Properties of a Nic.
             * @typedef {Object} zonelet.v1.Nic.$Properties
             * @property {string|null} ["interface"] Nic interface
             * @property {string|null} [mac] Nic mac
             * @property {string|null} [ip] Nic ip
             * @property {Array.<string>|null} [ips] Nic ips
             * @property {string|null} [nicTag] Nic nicTag
             * @property {number|null} [vlanId] Nic vlanId
             * @property {boolean|null} [primary] Nic primary
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Nic.
             * @memberof zonelet.v1
             * @interface INic
             * @augments zonelet.v1.Nic.$Properties
             * @deprecated Use zonelet.v1.Nic.$Properties instead.
             */

            /**
             * Shape of a Nic.
             * @typedef {zonelet.v1.Nic.$Properties} zonelet.v1.Nic.$Shape
             */

            /**
             * Constructs a new Nic.
             * @memberof zonelet.v1
             * @classdesc Represents a Nic.
             * @constructor
             * @param {zonelet.v1.Nic.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Nic = function (p) {
                this.ips = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Nic interface.
             * @member {string} interface
             * @memberof zonelet.v1.Nic
             * @instance
             */
            Nic.prototype["interface"] = "";

            /**
             * Nic mac.
             * @member {string} mac
             * @memberof zonelet.v1.Nic
             * @instance
             */
            Nic.prototype.mac = "";

            /**
             * Nic ip.
             * @member {string} ip
             * @memberof zonelet.v1.Nic
             * @instance
             */
            Nic.prototype.ip = "";

            /**
             * Nic ips.
             * @member {Array.<string>} ips
             * @memberof zonelet.v1.Nic
             * @instance
             */
            Nic.prototype.ips = $util.emptyArray;

            /**
             * Nic nicTag.
             * @member {string} nicTag
             * @memberof zonelet.v1.Nic
             * @instance
             */
            Nic.prototype.nicTag = "";

            /**
             * Nic vlanId.
             * @member {number} vlanId
             * @memberof zonelet.v1.Nic
             * @instance
             */
            Nic.prototype.vlanId = 0;

            /**
             * Nic primary.
             * @member {boolean} primary
             * @memberof zonelet.v1.Nic
             * @instance
             */
            Nic.prototype.primary = false;

            /**
             * Creates a new Nic instance using the specified properties.
             * @function create
             * @memberof zonelet.v1.Nic
             * @static
             * @param {zonelet.v1.Nic.$Properties=} [properties] Properties to set
             * @returns {zonelet.v1.Nic} Nic instance
             * @type {{
             *   (properties: zonelet.v1.Nic.$Shape): zonelet.v1.Nic & zonelet.v1.Nic.$Shape;
             *   (properties?: zonelet.v1.Nic.$Properties): zonelet.v1.Nic;
             * }}
             */
            Nic.create = function(properties) {
                return new Nic(properties);
            };

            /**
             * Encodes the specified Nic message. Does not implicitly {@link zonelet.v1.Nic.verify|verify} messages.
             * @function encode
             * @memberof zonelet.v1.Nic
             * @static
             * @param {zonelet.v1.Nic.$Properties} m Nic message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Nic.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m["interface"] != null && $Object.hasOwnProperty.call(m, "interface") && m["interface"] !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m["interface"]);
                if (m.mac != null && $Object.hasOwnProperty.call(m, "mac") && m.mac !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.mac);
                if (m.ip != null && $Object.hasOwnProperty.call(m, "ip") && m.ip !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.ip);
                if (m.ips != null && m.ips.length) {
                    for (var i = 0; i < m.ips.length; ++i)
                        w.uint32(/* id 4, wireType 2 =*/34).string(m.ips[i]);
                }
                if (m.nicTag != null && $Object.hasOwnProperty.call(m, "nicTag") && m.nicTag !== "")
                    w.uint32(/* id 5, wireType 2 =*/42).string(m.nicTag);
                if (m.vlanId != null && $Object.hasOwnProperty.call(m, "vlanId") && m.vlanId !== 0)
                    w.uint32(/* id 6, wireType 0 =*/48).uint32(m.vlanId);
                if (m.primary != null && $Object.hasOwnProperty.call(m, "primary") && m.primary !== false)
                    w.uint32(/* id 7, wireType 0 =*/56).bool(m.primary);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Nic message, length delimited. Does not implicitly {@link zonelet.v1.Nic.verify|verify} messages.
             * @function encodeDelimited
             * @memberof zonelet.v1.Nic
             * @static
             * @param {zonelet.v1.Nic.$Properties} message Nic message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Nic.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Nic message from the specified reader or buffer.
             * @function decode
             * @memberof zonelet.v1.Nic
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {zonelet.v1.Nic & zonelet.v1.Nic.$Shape} Nic
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Nic.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.zonelet.v1.Nic();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m["interface"] = v;
                            else
                                delete m["interface"];
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.mac = v;
                            else
                                delete m.mac;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.ip = v;
                            else
                                delete m.ip;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if (!(m.ips && m.ips.length))
                                m.ips = [];
                            m.ips.push(r.stringVerify());
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.nicTag = v;
                            else
                                delete m.nicTag;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.vlanId = v;
                            else
                                delete m.vlanId;
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.primary = v;
                            else
                                delete m.primary;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a Nic message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof zonelet.v1.Nic
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {zonelet.v1.Nic & zonelet.v1.Nic.$Shape} Nic
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Nic.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Nic message.
             * @function verify
             * @memberof zonelet.v1.Nic
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Nic.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m["interface"] != null && $Object.hasOwnProperty.call(m, "interface")) {
                    if (!$util.isString(m["interface"]))
                        return "interface: string expected";
                }
                if (m.mac != null && $Object.hasOwnProperty.call(m, "mac")) {
                    if (!$util.isString(m.mac))
                        return "mac: string expected";
                }
                if (m.ip != null && $Object.hasOwnProperty.call(m, "ip")) {
                    if (!$util.isString(m.ip))
                        return "ip: string expected";
                }
                if (m.ips != null && $Object.hasOwnProperty.call(m, "ips")) {
                    if (!$Array.isArray(m.ips))
                        return "ips: array expected";
                    for (var i = 0; i < m.ips.length; ++i) {
                        if (!$util.isString(m.ips[i]))
                            return "ips: string[] expected";
                    }
                }
                if (m.nicTag != null && $Object.hasOwnProperty.call(m, "nicTag")) {
                    if (!$util.isString(m.nicTag))
                        return "nicTag: string expected";
                }
                if (m.vlanId != null && $Object.hasOwnProperty.call(m, "vlanId")) {
                    if (!$util.isInteger(m.vlanId))
                        return "vlanId: integer expected";
                }
                if (m.primary != null && $Object.hasOwnProperty.call(m, "primary")) {
                    if (typeof m.primary !== "boolean")
                        return "primary: boolean expected";
                }
                return null;
            };

            /**
             * Creates a Nic message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof zonelet.v1.Nic
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {zonelet.v1.Nic} Nic
             */
            Nic.fromObject = function (d, q) {
                if (d instanceof $root.zonelet.v1.Nic)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".zonelet.v1.Nic: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.zonelet.v1.Nic();
                if (d["interface"] != null) {
                    if (typeof d["interface"] !== "string" || d["interface"].length) {
                        m["interface"] = $String(d["interface"]);
                    }
                }
                if (d.mac != null) {
                    if (typeof d.mac !== "string" || d.mac.length) {
                        m.mac = $String(d.mac);
                    }
                }
                if (d.ip != null) {
                    if (typeof d.ip !== "string" || d.ip.length) {
                        m.ip = $String(d.ip);
                    }
                }
                if (d.ips) {
                    if (!$Array.isArray(d.ips))
                        throw $TypeError(".zonelet.v1.Nic.ips: array expected");
                    m.ips = $Array(d.ips.length);
                    for (var i = 0; i < d.ips.length; ++i) {
                        m.ips[i] = $String(d.ips[i]);
                    }
                }
                if (d.nicTag != null) {
                    if (typeof d.nicTag !== "string" || d.nicTag.length) {
                        m.nicTag = $String(d.nicTag);
                    }
                }
                if (d.vlanId != null) {
                    if ($Number(d.vlanId) !== 0) {
                        m.vlanId = d.vlanId >>> 0;
                    }
                }
                if (d.primary != null) {
                    if (d.primary) {
                        m.primary = $Boolean(d.primary);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Nic message. Also converts values to other types if specified.
             * @function toObject
             * @memberof zonelet.v1.Nic
             * @static
             * @param {zonelet.v1.Nic} m Nic
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Nic.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.ips = [];
                }
                if (o.defaults) {
                    d["interface"] = "";
                    d.mac = "";
                    d.ip = "";
                    d.nicTag = "";
                    d.vlanId = 0;
                    d.primary = false;
                }
                if (m["interface"] != null && $Object.hasOwnProperty.call(m, "interface")) {
                    d["interface"] = m["interface"];
                }
                if (m.mac != null && $Object.hasOwnProperty.call(m, "mac")) {
                    d.mac = m.mac;
                }
                if (m.ip != null && $Object.hasOwnProperty.call(m, "ip")) {
                    d.ip = m.ip;
                }
                if (m.ips && m.ips.length) {
                    d.ips = $Array(m.ips.length);
                    for (var j = 0; j < m.ips.length; ++j) {
                        d.ips[j] = m.ips[j];
                    }
                }
                if (m.nicTag != null && $Object.hasOwnProperty.call(m, "nicTag")) {
                    d.nicTag = m.nicTag;
                }
                if (m.vlanId != null && $Object.hasOwnProperty.call(m, "vlanId")) {
                    d.vlanId = m.vlanId;
                }
                if (m.primary != null && $Object.hasOwnProperty.call(m, "primary")) {
                    d.primary = m.primary;
                }
                return d;
            };

            /**
             * Converts this Nic to JSON.
             * @function toJSON
             * @memberof zonelet.v1.Nic
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Nic.prototype.toJSON = function() {
                return Nic.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Nic
             * @function getTypeUrl
             * @memberof zonelet.v1.Nic
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Nic.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/zonelet.v1.Nic";
            };

            return Nic;
        })();

        v1.Zone = (function() {

            /**
             * Properties of a Zone.
             * @typedef {Object} zonelet.v1.Zone.$Properties
             * @property {string|null} [uuid] Zone uuid
             * @property {string|null} [alias] Zone alias
             * @property {string|null} [brand] Zone brand
             * @property {string|null} [state] Zone state
             * @property {string|null} [zoneState] Zone zoneState
             * @property {string|null} [ownerUuid] Zone ownerUuid
             * @property {string|null} [imageUuid] Zone imageUuid
             * @property {number|Long|null} [ram] Zone ram
             * @property {number|Long|null} [maxPhysicalMemory] Zone maxPhysicalMemory
             * @property {number|Long|null} [quota] Zone quota
             * @property {number|null} [cpuCap] Zone cpuCap
             * @property {number|null} [cpuShares] Zone cpuShares
             * @property {Array.<zonelet.v1.Nic.$Properties>|null} [nics] Zone nics
             * @property {string|null} [createTimestamp] Zone createTimestamp
             * @property {string|null} [bootTimestamp] Zone bootTimestamp
             * @property {number|null} [zoneid] Zone zoneid
             * @property {Object.<string,string>|null} [customerMetadata] Zone customerMetadata
             * @property {Object.<string,string>|null} [internalMetadata] Zone internalMetadata
             * @property {Object.<string,string>|null} [tags] Zone tags
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Zone.
             * @memberof zonelet.v1
             * @interface IZone
             * @augments zonelet.v1.Zone.$Properties
             * @deprecated Use zonelet.v1.Zone.$Properties instead.
             */

            /**
             * Shape of a Zone.
             * @typedef {zonelet.v1.Zone.$Properties} zonelet.v1.Zone.$Shape
             */

            /**
             * Constructs a new Zone.
             * @memberof zonelet.v1
             * @classdesc Represents a Zone.
             * @constructor
             * @param {zonelet.v1.Zone.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Zone = function (p) {
                this.nics = [];
                this.customerMetadata = {};
                this.internalMetadata = {};
                this.tags = {};
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Zone uuid.
             * @member {string} uuid
             * @memberof zonelet.v1.Zone
             * @instance
             */
            Zone.prototype.uuid = "";

            /**
             * Zone alias.
             * @member {string} alias
             * @memberof zonelet.v1.Zone
             * @instance
             */
            Zone.prototype.alias = "";

            /**
             * Zone brand.
             * @member {string} brand
             * @memberof zonelet.v1.Zone
             * @instance
             */
            Zone.prototype.brand = "";

            /**
             * Zone state.
             * @member {string} state
             * @memberof zonelet.v1.Zone
             * @instance
             */
            Zone.prototype.state = "";

            /**
             * Zone zoneState.
             * @member {string} zoneState
             * @memberof zonelet.v1.Zone
             * @instance
             */
            Zone.prototype.zoneState = "";

            /**
             * Zone ownerUuid.
             * @member {string} ownerUuid
             * @memberof zonelet.v1.Zone
             * @instance
             */
            Zone.prototype.ownerUuid = "";

            /**
             * Zone imageUuid.
             * @member {string} imageUuid
             * @memberof zonelet.v1.Zone
             * @instance
             */
            Zone.prototype.imageUuid = "";

            /**
             * Zone ram.
             * @member {number|Long} ram
             * @memberof zonelet.v1.Zone
             * @instance
             */
            Zone.prototype.ram = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Zone maxPhysicalMemory.
             * @member {number|Long} maxPhysicalMemory
             * @memberof zonelet.v1.Zone
             * @instance
             */
            Zone.prototype.maxPhysicalMemory = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Zone quota.
             * @member {number|Long} quota
             * @memberof zonelet.v1.Zone
             * @instance
             */
            Zone.prototype.quota = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Zone cpuCap.
             * @member {number} cpuCap
             * @memberof zonelet.v1.Zone
             * @instance
             */
            Zone.prototype.cpuCap = 0;

            /**
             * Zone cpuShares.
             * @member {number} cpuShares
             * @memberof zonelet.v1.Zone
             * @instance
             */
            Zone.prototype.cpuShares = 0;

            /**
             * Zone nics.
             * @member {Array.<zonelet.v1.Nic.$Properties>} nics
             * @memberof zonelet.v1.Zone
             * @instance
             */
            Zone.prototype.nics = $util.emptyArray;

            /**
             * Zone createTimestamp.
             * @member {string} createTimestamp
             * @memberof zonelet.v1.Zone
             * @instance
             */
            Zone.prototype.createTimestamp = "";

            /**
             * Zone bootTimestamp.
             * @member {string} bootTimestamp
             * @memberof zonelet.v1.Zone
             * @instance
             */
            Zone.prototype.bootTimestamp = "";

            /**
             * Zone zoneid.
             * @member {number} zoneid
             * @memberof zonelet.v1.Zone
             * @instance
             */
            Zone.prototype.zoneid = 0;

            /**
             * Zone customerMetadata.
             * @member {Object.<string,string>} customerMetadata
             * @memberof zonelet.v1.Zone
             * @instance
             */
            Zone.prototype.customerMetadata = $util.emptyObject;

            /**
             * Zone internalMetadata.
             * @member {Object.<string,string>} internalMetadata
             * @memberof zonelet.v1.Zone
             * @instance
             */
            Zone.prototype.internalMetadata = $util.emptyObject;

            /**
             * Zone tags.
             * @member {Object.<string,string>} tags
             * @memberof zonelet.v1.Zone
             * @instance
             */
            Zone.prototype.tags = $util.emptyObject;

            /**
             * Creates a new Zone instance using the specified properties.
             * @function create
             * @memberof zonelet.v1.Zone
             * @static
             * @param {zonelet.v1.Zone.$Properties=} [properties] Properties to set
             * @returns {zonelet.v1.Zone} Zone instance
             * @type {{
             *   (properties: zonelet.v1.Zone.$Shape): zonelet.v1.Zone & zonelet.v1.Zone.$Shape;
             *   (properties?: zonelet.v1.Zone.$Properties): zonelet.v1.Zone;
             * }}
             */
            Zone.create = function(properties) {
                return new Zone(properties);
            };

            /**
             * Encodes the specified Zone message. Does not implicitly {@link zonelet.v1.Zone.verify|verify} messages.
             * @function encode
             * @memberof zonelet.v1.Zone
             * @static
             * @param {zonelet.v1.Zone.$Properties} m Zone message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Zone.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.uuid != null && $Object.hasOwnProperty.call(m, "uuid") && m.uuid !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.uuid);
                if (m.alias != null && $Object.hasOwnProperty.call(m, "alias") && m.alias !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.alias);
                if (m.brand != null && $Object.hasOwnProperty.call(m, "brand") && m.brand !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.brand);
                if (m.state != null && $Object.hasOwnProperty.call(m, "state") && m.state !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.state);
                if (m.zoneState != null && $Object.hasOwnProperty.call(m, "zoneState") && m.zoneState !== "")
                    w.uint32(/* id 5, wireType 2 =*/42).string(m.zoneState);
                if (m.ownerUuid != null && $Object.hasOwnProperty.call(m, "ownerUuid") && m.ownerUuid !== "")
                    w.uint32(/* id 6, wireType 2 =*/50).string(m.ownerUuid);
                if (m.imageUuid != null && $Object.hasOwnProperty.call(m, "imageUuid") && m.imageUuid !== "")
                    w.uint32(/* id 7, wireType 2 =*/58).string(m.imageUuid);
                if (m.ram != null && $Object.hasOwnProperty.call(m, "ram") && (typeof m.ram === "object" ? m.ram.low || m.ram.high : m.ram !== 0))
                    w.uint32(/* id 8, wireType 0 =*/64).uint64(m.ram);
                if (m.maxPhysicalMemory != null && $Object.hasOwnProperty.call(m, "maxPhysicalMemory") && (typeof m.maxPhysicalMemory === "object" ? m.maxPhysicalMemory.low || m.maxPhysicalMemory.high : m.maxPhysicalMemory !== 0))
                    w.uint32(/* id 9, wireType 0 =*/72).uint64(m.maxPhysicalMemory);
                if (m.quota != null && $Object.hasOwnProperty.call(m, "quota") && (typeof m.quota === "object" ? m.quota.low || m.quota.high : m.quota !== 0))
                    w.uint32(/* id 10, wireType 0 =*/80).uint64(m.quota);
                if (m.cpuCap != null && $Object.hasOwnProperty.call(m, "cpuCap") && m.cpuCap !== 0)
                    w.uint32(/* id 11, wireType 0 =*/88).uint32(m.cpuCap);
                if (m.cpuShares != null && $Object.hasOwnProperty.call(m, "cpuShares") && m.cpuShares !== 0)
                    w.uint32(/* id 12, wireType 0 =*/96).uint32(m.cpuShares);
                if (m.nics != null && m.nics.length) {
                    for (var i = 0; i < m.nics.length; ++i)
                        $root.zonelet.v1.Nic.encode(m.nics[i], w.uint32(/* id 13, wireType 2 =*/106).fork(), q + 1).ldelim();
                }
                if (m.createTimestamp != null && $Object.hasOwnProperty.call(m, "createTimestamp") && m.createTimestamp !== "")
                    w.uint32(/* id 14, wireType 2 =*/114).string(m.createTimestamp);
                if (m.bootTimestamp != null && $Object.hasOwnProperty.call(m, "bootTimestamp") && m.bootTimestamp !== "")
                    w.uint32(/* id 15, wireType 2 =*/122).string(m.bootTimestamp);
                if (m.zoneid != null && $Object.hasOwnProperty.call(m, "zoneid") && m.zoneid !== 0)
                    w.uint32(/* id 16, wireType 0 =*/128).int32(m.zoneid);
                if (m.customerMetadata != null && $Object.hasOwnProperty.call(m, "customerMetadata")) {
                    for (var ks = $Object.keys(m.customerMetadata), i = 0; i < ks.length; ++i) {
                        w.uint32(/* id 17, wireType 2 =*/138).fork().uint32(/* id 1, wireType 2 =*/10).string(ks[i]).uint32(/* id 2, wireType 2 =*/18).string(m.customerMetadata[ks[i]]).ldelim();
                    }
                }
                if (m.internalMetadata != null && $Object.hasOwnProperty.call(m, "internalMetadata")) {
                    for (var ks = $Object.keys(m.internalMetadata), i = 0; i < ks.length; ++i) {
                        w.uint32(/* id 18, wireType 2 =*/146).fork().uint32(/* id 1, wireType 2 =*/10).string(ks[i]).uint32(/* id 2, wireType 2 =*/18).string(m.internalMetadata[ks[i]]).ldelim();
                    }
                }
                if (m.tags != null && $Object.hasOwnProperty.call(m, "tags")) {
                    for (var ks = $Object.keys(m.tags), i = 0; i < ks.length; ++i) {
                        w.uint32(/* id 19, wireType 2 =*/154).fork().uint32(/* id 1, wireType 2 =*/10).string(ks[i]).uint32(/* id 2, wireType 2 =*/18).string(m.tags[ks[i]]).ldelim();
                    }
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Zone message, length delimited. Does not implicitly {@link zonelet.v1.Zone.verify|verify} messages.
             * @function encodeDelimited
             * @memberof zonelet.v1.Zone
             * @static
             * @param {zonelet.v1.Zone.$Properties} message Zone message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Zone.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Zone message from the specified reader or buffer.
             * @function decode
             * @memberof zonelet.v1.Zone
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {zonelet.v1.Zone & zonelet.v1.Zone.$Shape} Zone
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Zone.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, k, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.zonelet.v1.Zone();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.uuid = v;
                            else
                                delete m.uuid;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.alias = v;
                            else
                                delete m.alias;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.brand = v;
                            else
                                delete m.brand;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.state = v;
                            else
                                delete m.state;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.zoneState = v;
                            else
                                delete m.zoneState;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.ownerUuid = v;
                            else
                                delete m.ownerUuid;
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.imageUuid = v;
                            else
                                delete m.imageUuid;
                            continue;
                        }
                    case 8: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.ram = v;
                            else
                                delete m.ram;
                            continue;
                        }
                    case 9: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.maxPhysicalMemory = v;
                            else
                                delete m.maxPhysicalMemory;
                            continue;
                        }
                    case 10: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.quota = v;
                            else
                                delete m.quota;
                            continue;
                        }
                    case 11: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.cpuCap = v;
                            else
                                delete m.cpuCap;
                            continue;
                        }
                    case 12: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.cpuShares = v;
                            else
                                delete m.cpuShares;
                            continue;
                        }
                    case 13: {
                            if (u !== 2)
                                break;
                            if (!(m.nics && m.nics.length))
                                m.nics = [];
                            m.nics.push($root.zonelet.v1.Nic.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 14: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.createTimestamp = v;
                            else
                                delete m.createTimestamp;
                            continue;
                        }
                    case 15: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.bootTimestamp = v;
                            else
                                delete m.bootTimestamp;
                            continue;
                        }
                    case 16: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.zoneid = v;
                            else
                                delete m.zoneid;
                            continue;
                        }
                    case 17: {
                            if (u !== 2)
                                break;
                            if (m.customerMetadata === $util.emptyObject)
                                m.customerMetadata = {};
                            var c2 = r.size() + r.pos;
                            if (c2 > r.len)
                                throw $RangeError("index out of range");
                            r.len = c2;
                            k = "";
                            v = "";
                            while (r.pos < c2) {
                                var t2 = r.tag();
                                u = t2 & 7;
                                switch (t2 >>>= 3) {
                                case 1:
                                    if (u !== 2)
                                        break;
                                    k = r.stringVerify();
                                    continue;
                                case 2:
                                    if (u !== 2)
                                        break;
                                    v = r.stringVerify();
                                    continue;
                                }
                                r.skipType(u, q, t2);
                            }
                            if (r.pos !== c2)
                                throw $RangeError("index out of range");
                            r.len = c;
                            if (k === "__proto__")
                                $util.makeProp(m.customerMetadata, k);
                            m.customerMetadata[k] = v;
                            continue;
                        }
                    case 18: {
                            if (u !== 2)
                                break;
                            if (m.internalMetadata === $util.emptyObject)
                                m.internalMetadata = {};
                            var c2 = r.size() + r.pos;
                            if (c2 > r.len)
                                throw $RangeError("index out of range");
                            r.len = c2;
                            k = "";
                            v = "";
                            while (r.pos < c2) {
                                var t2 = r.tag();
                                u = t2 & 7;
                                switch (t2 >>>= 3) {
                                case 1:
                                    if (u !== 2)
                                        break;
                                    k = r.stringVerify();
                                    continue;
                                case 2:
                                    if (u !== 2)
                                        break;
                                    v = r.stringVerify();
                                    continue;
                                }
                                r.skipType(u, q, t2);
                            }
                            if (r.pos !== c2)
                                throw $RangeError("index out of range");
                            r.len = c;
                            if (k === "__proto__")
                                $util.makeProp(m.internalMetadata, k);
                            m.internalMetadata[k] = v;
                            continue;
                        }
                    case 19: {
                            if (u !== 2)
                                break;
                            if (m.tags === $util.emptyObject)
                                m.tags = {};
                            var c2 = r.size() + r.pos;
                            if (c2 > r.len)
                                throw $RangeError("index out of range");
                            r.len = c2;
                            k = "";
                            v = "";
                            while (r.pos < c2) {
                                var t2 = r.tag();
                                u = t2 & 7;
                                switch (t2 >>>= 3) {
                                case 1:
                                    if (u !== 2)
                                        break;
                                    k = r.stringVerify();
                                    continue;
                                case 2:
                                    if (u !== 2)
                                        break;
                                    v = r.stringVerify();
                                    continue;
                                }
                                r.skipType(u, q, t2);
                            }
                            if (r.pos !== c2)
                                throw $RangeError("index out of range");
                            r.len = c;
                            if (k === "__proto__")
                                $util.makeProp(m.tags, k);
                            m.tags[k] = v;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a Zone message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof zonelet.v1.Zone
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {zonelet.v1.Zone & zonelet.v1.Zone.$Shape} Zone
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Zone.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Zone message.
             * @function verify
             * @memberof zonelet.v1.Zone
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Zone.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.uuid != null && $Object.hasOwnProperty.call(m, "uuid")) {
                    if (!$util.isString(m.uuid))
                        return "uuid: string expected";
                }
                if (m.alias != null && $Object.hasOwnProperty.call(m, "alias")) {
                    if (!$util.isString(m.alias))
                        return "alias: string expected";
                }
                if (m.brand != null && $Object.hasOwnProperty.call(m, "brand")) {
                    if (!$util.isString(m.brand))
                        return "brand: string expected";
                }
                if (m.state != null && $Object.hasOwnProperty.call(m, "state")) {
                    if (!$util.isString(m.state))
                        return "state: string expected";
                }
                if (m.zoneState != null && $Object.hasOwnProperty.call(m, "zoneState")) {
                    if (!$util.isString(m.zoneState))
                        return "zoneState: string expected";
                }
                if (m.ownerUuid != null && $Object.hasOwnProperty.call(m, "ownerUuid")) {
                    if (!$util.isString(m.ownerUuid))
                        return "ownerUuid: string expected";
                }
                if (m.imageUuid != null && $Object.hasOwnProperty.call(m, "imageUuid")) {
                    if (!$util.isString(m.imageUuid))
                        return "imageUuid: string expected";
                }
                if (m.ram != null && $Object.hasOwnProperty.call(m, "ram")) {
                    if (!$util.isInteger(m.ram) && !(m.ram && $util.isInteger(m.ram.low) && $util.isInteger(m.ram.high)))
                        return "ram: integer|Long expected";
                }
                if (m.maxPhysicalMemory != null && $Object.hasOwnProperty.call(m, "maxPhysicalMemory")) {
                    if (!$util.isInteger(m.maxPhysicalMemory) && !(m.maxPhysicalMemory && $util.isInteger(m.maxPhysicalMemory.low) && $util.isInteger(m.maxPhysicalMemory.high)))
                        return "maxPhysicalMemory: integer|Long expected";
                }
                if (m.quota != null && $Object.hasOwnProperty.call(m, "quota")) {
                    if (!$util.isInteger(m.quota) && !(m.quota && $util.isInteger(m.quota.low) && $util.isInteger(m.quota.high)))
                        return "quota: integer|Long expected";
                }
                if (m.cpuCap != null && $Object.hasOwnProperty.call(m, "cpuCap")) {
                    if (!$util.isInteger(m.cpuCap))
                        return "cpuCap: integer expected";
                }
                if (m.cpuShares != null && $Object.hasOwnProperty.call(m, "cpuShares")) {
                    if (!$util.isInteger(m.cpuShares))
                        return "cpuShares: integer expected";
                }
                if (m.nics != null && $Object.hasOwnProperty.call(m, "nics")) {
                    if (!$Array.isArray(m.nics))
                        return "nics: array expected";
                    for (var i = 0; i < m.nics.length; ++i) {
                        {
                            var e = $root.zonelet.v1.Nic.verify(m.nics[i], q + 1);
                            if (e)
                                return "nics." + e;
                        }
                    }
                }
                if (m.createTimestamp != null && $Object.hasOwnProperty.call(m, "createTimestamp")) {
                    if (!$util.isString(m.createTimestamp))
                        return "createTimestamp: string expected";
                }
                if (m.bootTimestamp != null && $Object.hasOwnProperty.call(m, "bootTimestamp")) {
                    if (!$util.isString(m.bootTimestamp))
                        return "bootTimestamp: string expected";
                }
                if (m.zoneid != null && $Object.hasOwnProperty.call(m, "zoneid")) {
                    if (!$util.isInteger(m.zoneid))
                        return "zoneid: integer expected";
                }
                if (m.customerMetadata != null && $Object.hasOwnProperty.call(m, "customerMetadata")) {
                    if (!$util.isObject(m.customerMetadata))
                        return "customerMetadata: object expected";
                    var k = $Object.keys(m.customerMetadata);
                    for (var i = 0; i < k.length; ++i) {
                        if (!$util.isString(m.customerMetadata[k[i]]))
                            return "customerMetadata: string{k:string} expected";
                    }
                }
                if (m.internalMetadata != null && $Object.hasOwnProperty.call(m, "internalMetadata")) {
                    if (!$util.isObject(m.internalMetadata))
                        return "internalMetadata: object expected";
                    var k = $Object.keys(m.internalMetadata);
                    for (var i = 0; i < k.length; ++i) {
                        if (!$util.isString(m.internalMetadata[k[i]]))
                            return "internalMetadata: string{k:string} expected";
                    }
                }
                if (m.tags != null && $Object.hasOwnProperty.call(m, "tags")) {
                    if (!$util.isObject(m.tags))
                        return "tags: object expected";
                    var k = $Object.keys(m.tags);
                    for (var i = 0; i < k.length; ++i) {
                        if (!$util.isString(m.tags[k[i]]))
                            return "tags: string{k:string} expected";
                    }
                }
                return null;
            };

            /**
             * Creates a Zone message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof zonelet.v1.Zone
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {zonelet.v1.Zone} Zone
             */
            Zone.fromObject = function (d, q) {
                if (d instanceof $root.zonelet.v1.Zone)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".zonelet.v1.Zone: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.zonelet.v1.Zone();
                if (d.uuid != null) {
                    if (typeof d.uuid !== "string" || d.uuid.length) {
                        m.uuid = $String(d.uuid);
                    }
                }
                if (d.alias != null) {
                    if (typeof d.alias !== "string" || d.alias.length) {
                        m.alias = $String(d.alias);
                    }
                }
                if (d.brand != null) {
                    if (typeof d.brand !== "string" || d.brand.length) {
                        m.brand = $String(d.brand);
                    }
                }
                if (d.state != null) {
                    if (typeof d.state !== "string" || d.state.length) {
                        m.state = $String(d.state);
                    }
                }
                if (d.zoneState != null) {
                    if (typeof d.zoneState !== "string" || d.zoneState.length) {
                        m.zoneState = $String(d.zoneState);
                    }
                }
                if (d.ownerUuid != null) {
                    if (typeof d.ownerUuid !== "string" || d.ownerUuid.length) {
                        m.ownerUuid = $String(d.ownerUuid);
                    }
                }
                if (d.imageUuid != null) {
                    if (typeof d.imageUuid !== "string" || d.imageUuid.length) {
                        m.imageUuid = $String(d.imageUuid);
                    }
                }
                if (d.ram != null) {
                    if (typeof d.ram === "object" ? d.ram.low || d.ram.high : $Number(d.ram) !== 0) {
                        if ($util.Long)
                            m.ram = $util.Long.fromValue(d.ram, true);
                        else if (typeof d.ram === "string")
                            m.ram = $parseInt(d.ram, 10);
                        else if (typeof d.ram === "number")
                            m.ram = d.ram;
                        else if (typeof d.ram === "object")
                            m.ram = new $util.LongBits(d.ram.low >>> 0, d.ram.high >>> 0).toNumber(true);
                    }
                }
                if (d.maxPhysicalMemory != null) {
                    if (typeof d.maxPhysicalMemory === "object" ? d.maxPhysicalMemory.low || d.maxPhysicalMemory.high : $Number(d.maxPhysicalMemory) !== 0) {
                        if ($util.Long)
                            m.maxPhysicalMemory = $util.Long.fromValue(d.maxPhysicalMemory, true);
                        else if (typeof d.maxPhysicalMemory === "string")
                            m.maxPhysicalMemory = $parseInt(d.maxPhysicalMemory, 10);
                        else if (typeof d.maxPhysicalMemory === "number")
                            m.maxPhysicalMemory = d.maxPhysicalMemory;
                        else if (typeof d.maxPhysicalMemory === "object")
                            m.maxPhysicalMemory = new $util.LongBits(d.maxPhysicalMemory.low >>> 0, d.maxPhysicalMemory.high >>> 0).toNumber(true);
                    }
                }
                if (d.quota != null) {
                    if (typeof d.quota === "object" ? d.quota.low || d.quota.high : $Number(d.quota) !== 0) {
                        if ($util.Long)
                            m.quota = $util.Long.fromValue(d.quota, true);
                        else if (typeof d.quota === "string")
                            m.quota = $parseInt(d.quota, 10);
                        else if (typeof d.quota === "number")
                            m.quota = d.quota;
                        else if (typeof d.quota === "object")
                            m.quota = new $util.LongBits(d.quota.low >>> 0, d.quota.high >>> 0).toNumber(true);
                    }
                }
                if (d.cpuCap != null) {
                    if ($Number(d.cpuCap) !== 0) {
                        m.cpuCap = d.cpuCap >>> 0;
                    }
                }
                if (d.cpuShares != null) {
                    if ($Number(d.cpuShares) !== 0) {
                        m.cpuShares = d.cpuShares >>> 0;
                    }
                }
                if (d.nics) {
                    if (!$Array.isArray(d.nics))
                        throw $TypeError(".zonelet.v1.Zone.nics: array expected");
                    m.nics = $Array(d.nics.length);
                    for (var i = 0; i < d.nics.length; ++i) {
                        if (!$util.isObject(d.nics[i]))
                            throw $TypeError(".zonelet.v1.Zone.nics: object expected");
                        m.nics[i] = $root.zonelet.v1.Nic.fromObject(d.nics[i], q + 1);
                    }
                }
                if (d.createTimestamp != null) {
                    if (typeof d.createTimestamp !== "string" || d.createTimestamp.length) {
                        m.createTimestamp = $String(d.createTimestamp);
                    }
                }
                if (d.bootTimestamp != null) {
                    if (typeof d.bootTimestamp !== "string" || d.bootTimestamp.length) {
                        m.bootTimestamp = $String(d.bootTimestamp);
                    }
                }
                if (d.zoneid != null) {
                    if ($Number(d.zoneid) !== 0) {
                        m.zoneid = d.zoneid | 0;
                    }
                }
                if (d.customerMetadata) {
                    if (!$util.isObject(d.customerMetadata))
                        throw $TypeError(".zonelet.v1.Zone.customerMetadata: object expected");
                    m.customerMetadata = {};
                    for (var ks = $Object.keys(d.customerMetadata), i = 0; i < ks.length; ++i) {
                        if (ks[i] === "__proto__")
                            $util.makeProp(m.customerMetadata, ks[i]);
                        m.customerMetadata[ks[i]] = $String(d.customerMetadata[ks[i]]);
                    }
                }
                if (d.internalMetadata) {
                    if (!$util.isObject(d.internalMetadata))
                        throw $TypeError(".zonelet.v1.Zone.internalMetadata: object expected");
                    m.internalMetadata = {};
                    for (var ks = $Object.keys(d.internalMetadata), i = 0; i < ks.length; ++i) {
                        if (ks[i] === "__proto__")
                            $util.makeProp(m.internalMetadata, ks[i]);
                        m.internalMetadata[ks[i]] = $String(d.internalMetadata[ks[i]]);
                    }
                }
                if (d.tags) {
                    if (!$util.isObject(d.tags))
                        throw $TypeError(".zonelet.v1.Zone.tags: object expected");
                    m.tags = {};
                    for (var ks = $Object.keys(d.tags), i = 0; i < ks.length; ++i) {
                        if (ks[i] === "__proto__")
                            $util.makeProp(m.tags, ks[i]);
                        m.tags[ks[i]] = $String(d.tags[ks[i]]);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Zone message. Also converts values to other types if specified.
             * @function toObject
             * @memberof zonelet.v1.Zone
             * @static
             * @param {zonelet.v1.Zone} m Zone
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Zone.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.nics = [];
                }
                if (o.objects || o.defaults) {
                    d.customerMetadata = {};
                    d.internalMetadata = {};
                    d.tags = {};
                }
                if (o.defaults) {
                    d.uuid = "";
                    d.alias = "";
                    d.brand = "";
                    d.state = "";
                    d.zoneState = "";
                    d.ownerUuid = "";
                    d.imageUuid = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.ram = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.ram = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.maxPhysicalMemory = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.maxPhysicalMemory = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.quota = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.quota = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.cpuCap = 0;
                    d.cpuShares = 0;
                    d.createTimestamp = "";
                    d.bootTimestamp = "";
                    d.zoneid = 0;
                }
                if (m.uuid != null && $Object.hasOwnProperty.call(m, "uuid")) {
                    d.uuid = m.uuid;
                }
                if (m.alias != null && $Object.hasOwnProperty.call(m, "alias")) {
                    d.alias = m.alias;
                }
                if (m.brand != null && $Object.hasOwnProperty.call(m, "brand")) {
                    d.brand = m.brand;
                }
                if (m.state != null && $Object.hasOwnProperty.call(m, "state")) {
                    d.state = m.state;
                }
                if (m.zoneState != null && $Object.hasOwnProperty.call(m, "zoneState")) {
                    d.zoneState = m.zoneState;
                }
                if (m.ownerUuid != null && $Object.hasOwnProperty.call(m, "ownerUuid")) {
                    d.ownerUuid = m.ownerUuid;
                }
                if (m.imageUuid != null && $Object.hasOwnProperty.call(m, "imageUuid")) {
                    d.imageUuid = m.imageUuid;
                }
                if (m.ram != null && $Object.hasOwnProperty.call(m, "ram")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.ram = typeof m.ram === "number" ? $BigInt(m.ram) : $util.Long.fromBits(m.ram.low >>> 0, m.ram.high >>> 0, true).toBigInt();
                    else if (typeof m.ram === "number")
                        d.ram = o.longs === $String ? $String(m.ram) : m.ram;
                    else
                        d.ram = o.longs === $String ? $util.Long.prototype.toString.call(m.ram) : o.longs === $Number ? new $util.LongBits(m.ram.low >>> 0, m.ram.high >>> 0).toNumber(true) : m.ram;
                }
                if (m.maxPhysicalMemory != null && $Object.hasOwnProperty.call(m, "maxPhysicalMemory")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.maxPhysicalMemory = typeof m.maxPhysicalMemory === "number" ? $BigInt(m.maxPhysicalMemory) : $util.Long.fromBits(m.maxPhysicalMemory.low >>> 0, m.maxPhysicalMemory.high >>> 0, true).toBigInt();
                    else if (typeof m.maxPhysicalMemory === "number")
                        d.maxPhysicalMemory = o.longs === $String ? $String(m.maxPhysicalMemory) : m.maxPhysicalMemory;
                    else
                        d.maxPhysicalMemory = o.longs === $String ? $util.Long.prototype.toString.call(m.maxPhysicalMemory) : o.longs === $Number ? new $util.LongBits(m.maxPhysicalMemory.low >>> 0, m.maxPhysicalMemory.high >>> 0).toNumber(true) : m.maxPhysicalMemory;
                }
                if (m.quota != null && $Object.hasOwnProperty.call(m, "quota")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.quota = typeof m.quota === "number" ? $BigInt(m.quota) : $util.Long.fromBits(m.quota.low >>> 0, m.quota.high >>> 0, true).toBigInt();
                    else if (typeof m.quota === "number")
                        d.quota = o.longs === $String ? $String(m.quota) : m.quota;
                    else
                        d.quota = o.longs === $String ? $util.Long.prototype.toString.call(m.quota) : o.longs === $Number ? new $util.LongBits(m.quota.low >>> 0, m.quota.high >>> 0).toNumber(true) : m.quota;
                }
                if (m.cpuCap != null && $Object.hasOwnProperty.call(m, "cpuCap")) {
                    d.cpuCap = m.cpuCap;
                }
                if (m.cpuShares != null && $Object.hasOwnProperty.call(m, "cpuShares")) {
                    d.cpuShares = m.cpuShares;
                }
                if (m.nics && m.nics.length) {
                    d.nics = $Array(m.nics.length);
                    for (var j = 0; j < m.nics.length; ++j) {
                        d.nics[j] = $root.zonelet.v1.Nic.toObject(m.nics[j], o, q + 1);
                    }
                }
                if (m.createTimestamp != null && $Object.hasOwnProperty.call(m, "createTimestamp")) {
                    d.createTimestamp = m.createTimestamp;
                }
                if (m.bootTimestamp != null && $Object.hasOwnProperty.call(m, "bootTimestamp")) {
                    d.bootTimestamp = m.bootTimestamp;
                }
                if (m.zoneid != null && $Object.hasOwnProperty.call(m, "zoneid")) {
                    d.zoneid = m.zoneid;
                }
                var ks2;
                if (m.customerMetadata && (ks2 = $Object.keys(m.customerMetadata)).length) {
                    d.customerMetadata = {};
                    for (var j = 0; j < ks2.length; ++j) {
                        if (ks2[j] === "__proto__")
                            $util.makeProp(d.customerMetadata, ks2[j]);
                        d.customerMetadata[ks2[j]] = m.customerMetadata[ks2[j]];
                    }
                }
                if (m.internalMetadata && (ks2 = $Object.keys(m.internalMetadata)).length) {
                    d.internalMetadata = {};
                    for (var j = 0; j < ks2.length; ++j) {
                        if (ks2[j] === "__proto__")
                            $util.makeProp(d.internalMetadata, ks2[j]);
                        d.internalMetadata[ks2[j]] = m.internalMetadata[ks2[j]];
                    }
                }
                if (m.tags && (ks2 = $Object.keys(m.tags)).length) {
                    d.tags = {};
                    for (var j = 0; j < ks2.length; ++j) {
                        if (ks2[j] === "__proto__")
                            $util.makeProp(d.tags, ks2[j]);
                        d.tags[ks2[j]] = m.tags[ks2[j]];
                    }
                }
                return d;
            };

            /**
             * Converts this Zone to JSON.
             * @function toJSON
             * @memberof zonelet.v1.Zone
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Zone.prototype.toJSON = function() {
                return Zone.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Zone
             * @function getTypeUrl
             * @memberof zonelet.v1.Zone
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Zone.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/zonelet.v1.Zone";
            };

            return Zone;
        })();

        v1.ZoneSnapshot = (function() {

            /**
             * Properties of a ZoneSnapshot.
             * @typedef {Object} zonelet.v1.ZoneSnapshot.$Properties
             * @property {number|Long|null} [timeMs] ZoneSnapshot timeMs
             * @property {Array.<zonelet.v1.Zone.$Properties>|null} [zones] ZoneSnapshot zones
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ZoneSnapshot.
             * @memberof zonelet.v1
             * @interface IZoneSnapshot
             * @augments zonelet.v1.ZoneSnapshot.$Properties
             * @deprecated Use zonelet.v1.ZoneSnapshot.$Properties instead.
             */

            /**
             * Shape of a ZoneSnapshot.
             * @typedef {zonelet.v1.ZoneSnapshot.$Properties} zonelet.v1.ZoneSnapshot.$Shape
             */

            /**
             * Constructs a new ZoneSnapshot.
             * @memberof zonelet.v1
             * @classdesc Represents a ZoneSnapshot.
             * @constructor
             * @param {zonelet.v1.ZoneSnapshot.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ZoneSnapshot = function (p) {
                this.zones = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ZoneSnapshot timeMs.
             * @member {number|Long} timeMs
             * @memberof zonelet.v1.ZoneSnapshot
             * @instance
             */
            ZoneSnapshot.prototype.timeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ZoneSnapshot zones.
             * @member {Array.<zonelet.v1.Zone.$Properties>} zones
             * @memberof zonelet.v1.ZoneSnapshot
             * @instance
             */
            ZoneSnapshot.prototype.zones = $util.emptyArray;

            /**
             * Creates a new ZoneSnapshot instance using the specified properties.
             * @function create
             * @memberof zonelet.v1.ZoneSnapshot
             * @static
             * @param {zonelet.v1.ZoneSnapshot.$Properties=} [properties] Properties to set
             * @returns {zonelet.v1.ZoneSnapshot} ZoneSnapshot instance
             * @type {{
             *   (properties: zonelet.v1.ZoneSnapshot.$Shape): zonelet.v1.ZoneSnapshot & zonelet.v1.ZoneSnapshot.$Shape;
             *   (properties?: zonelet.v1.ZoneSnapshot.$Properties): zonelet.v1.ZoneSnapshot;
             * }}
             */
            ZoneSnapshot.create = function(properties) {
                return new ZoneSnapshot(properties);
            };

            /**
             * Encodes the specified ZoneSnapshot message. Does not implicitly {@link zonelet.v1.ZoneSnapshot.verify|verify} messages.
             * @function encode
             * @memberof zonelet.v1.ZoneSnapshot
             * @static
             * @param {zonelet.v1.ZoneSnapshot.$Properties} m ZoneSnapshot message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ZoneSnapshot.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs") && (typeof m.timeMs === "object" ? m.timeMs.low || m.timeMs.high : m.timeMs !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).int64(m.timeMs);
                if (m.zones != null && m.zones.length) {
                    for (var i = 0; i < m.zones.length; ++i)
                        $root.zonelet.v1.Zone.encode(m.zones[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified ZoneSnapshot message, length delimited. Does not implicitly {@link zonelet.v1.ZoneSnapshot.verify|verify} messages.
             * @function encodeDelimited
             * @memberof zonelet.v1.ZoneSnapshot
             * @static
             * @param {zonelet.v1.ZoneSnapshot.$Properties} message ZoneSnapshot message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ZoneSnapshot.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ZoneSnapshot message from the specified reader or buffer.
             * @function decode
             * @memberof zonelet.v1.ZoneSnapshot
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {zonelet.v1.ZoneSnapshot & zonelet.v1.ZoneSnapshot.$Shape} ZoneSnapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ZoneSnapshot.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.zonelet.v1.ZoneSnapshot();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.timeMs = v;
                            else
                                delete m.timeMs;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (!(m.zones && m.zones.length))
                                m.zones = [];
                            m.zones.push($root.zonelet.v1.Zone.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a ZoneSnapshot message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof zonelet.v1.ZoneSnapshot
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {zonelet.v1.ZoneSnapshot & zonelet.v1.ZoneSnapshot.$Shape} ZoneSnapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ZoneSnapshot.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ZoneSnapshot message.
             * @function verify
             * @memberof zonelet.v1.ZoneSnapshot
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ZoneSnapshot.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs")) {
                    if (!$util.isInteger(m.timeMs) && !(m.timeMs && $util.isInteger(m.timeMs.low) && $util.isInteger(m.timeMs.high)))
                        return "timeMs: integer|Long expected";
                }
                if (m.zones != null && $Object.hasOwnProperty.call(m, "zones")) {
                    if (!$Array.isArray(m.zones))
                        return "zones: array expected";
                    for (var i = 0; i < m.zones.length; ++i) {
                        {
                            var e = $root.zonelet.v1.Zone.verify(m.zones[i], q + 1);
                            if (e)
                                return "zones." + e;
                        }
                    }
                }
                return null;
            };

            /**
             * Creates a ZoneSnapshot message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof zonelet.v1.ZoneSnapshot
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {zonelet.v1.ZoneSnapshot} ZoneSnapshot
             */
            ZoneSnapshot.fromObject = function (d, q) {
                if (d instanceof $root.zonelet.v1.ZoneSnapshot)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".zonelet.v1.ZoneSnapshot: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.zonelet.v1.ZoneSnapshot();
                if (d.timeMs != null) {
                    if (typeof d.timeMs === "object" ? d.timeMs.low || d.timeMs.high : $Number(d.timeMs) !== 0) {
                        if ($util.Long)
                            m.timeMs = $util.Long.fromValue(d.timeMs, false);
                        else if (typeof d.timeMs === "string")
                            m.timeMs = $parseInt(d.timeMs, 10);
                        else if (typeof d.timeMs === "number")
                            m.timeMs = d.timeMs;
                        else if (typeof d.timeMs === "object")
                            m.timeMs = new $util.LongBits(d.timeMs.low >>> 0, d.timeMs.high >>> 0).toNumber();
                    }
                }
                if (d.zones) {
                    if (!$Array.isArray(d.zones))
                        throw $TypeError(".zonelet.v1.ZoneSnapshot.zones: array expected");
                    m.zones = $Array(d.zones.length);
                    for (var i = 0; i < d.zones.length; ++i) {
                        if (!$util.isObject(d.zones[i]))
                            throw $TypeError(".zonelet.v1.ZoneSnapshot.zones: object expected");
                        m.zones[i] = $root.zonelet.v1.Zone.fromObject(d.zones[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ZoneSnapshot message. Also converts values to other types if specified.
             * @function toObject
             * @memberof zonelet.v1.ZoneSnapshot
             * @static
             * @param {zonelet.v1.ZoneSnapshot} m ZoneSnapshot
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ZoneSnapshot.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.zones = [];
                }
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.timeMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.timeMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.timeMs = typeof m.timeMs === "number" ? $BigInt(m.timeMs) : $util.Long.fromBits(m.timeMs.low >>> 0, m.timeMs.high >>> 0, false).toBigInt();
                    else if (typeof m.timeMs === "number")
                        d.timeMs = o.longs === $String ? $String(m.timeMs) : m.timeMs;
                    else
                        d.timeMs = o.longs === $String ? $util.Long.prototype.toString.call(m.timeMs) : o.longs === $Number ? new $util.LongBits(m.timeMs.low >>> 0, m.timeMs.high >>> 0).toNumber() : m.timeMs;
                }
                if (m.zones && m.zones.length) {
                    d.zones = $Array(m.zones.length);
                    for (var j = 0; j < m.zones.length; ++j) {
                        d.zones[j] = $root.zonelet.v1.Zone.toObject(m.zones[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this ZoneSnapshot to JSON.
             * @function toJSON
             * @memberof zonelet.v1.ZoneSnapshot
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ZoneSnapshot.prototype.toJSON = function() {
                return ZoneSnapshot.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ZoneSnapshot
             * @function getTypeUrl
             * @memberof zonelet.v1.ZoneSnapshot
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ZoneSnapshot.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/zonelet.v1.ZoneSnapshot";
            };

            return ZoneSnapshot;
        })();

        v1.ZoneChange = (function() {

            /**
             * Properties of a ZoneChange.
             * @typedef {Object} zonelet.v1.ZoneChange.$Properties
             * @property {number|Long|null} [timeMs] ZoneChange timeMs
             * @property {zonelet.v1.ZoneChange.Type|null} [type] ZoneChange type
             * @property {string|null} [uuid] ZoneChange uuid
             * @property {zonelet.v1.Zone.$Properties|null} [zone] ZoneChange zone
             * @property {Array.<string>|null} [fields] ZoneChange fields
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ZoneChange.
             * @memberof zonelet.v1
             * @interface IZoneChange
             * @augments zonelet.v1.ZoneChange.$Properties
             * @deprecated Use zonelet.v1.ZoneChange.$Properties instead.
             */

            /**
             * Shape of a ZoneChange.
             * @typedef {zonelet.v1.ZoneChange.$Properties} zonelet.v1.ZoneChange.$Shape
             */

            /**
             * Constructs a new ZoneChange.
             * @memberof zonelet.v1
             * @classdesc Represents a ZoneChange.
             * @constructor
             * @param {zonelet.v1.ZoneChange.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ZoneChange = function (p) {
                this.fields = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ZoneChange timeMs.
             * @member {number|Long} timeMs
             * @memberof zonelet.v1.ZoneChange
             * @instance
             */
            ZoneChange.prototype.timeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ZoneChange type.
             * @member {zonelet.v1.ZoneChange.Type} type
             * @memberof zonelet.v1.ZoneChange
             * @instance
             */
            ZoneChange.prototype.type = 0;

            /**
             * ZoneChange uuid.
             * @member {string} uuid
             * @memberof zonelet.v1.ZoneChange
             * @instance
             */
            ZoneChange.prototype.uuid = "";

            /**
             * ZoneChange zone.
             * @member {zonelet.v1.Zone.$Properties|null|undefined} zone
             * @memberof zonelet.v1.ZoneChange
             * @instance
             */
            ZoneChange.prototype.zone = null;

            /**
             * ZoneChange fields.
             * @member {Array.<string>} fields
             * @memberof zonelet.v1.ZoneChange
             * @instance
             */
            ZoneChange.prototype.fields = $util.emptyArray;

            /**
             * Creates a new ZoneChange instance using the specified properties.
             * @function create
             * @memberof zonelet.v1.ZoneChange
             * @static
             * @param {zonelet.v1.ZoneChange.$Properties=} [properties] Properties to set
             * @returns {zonelet.v1.ZoneChange} ZoneChange instance
             * @type {{
             *   (properties: zonelet.v1.ZoneChange.$Shape): zonelet.v1.ZoneChange & zonelet.v1.ZoneChange.$Shape;
             *   (properties?: zonelet.v1.ZoneChange.$Properties): zonelet.v1.ZoneChange;
             * }}
             */
            ZoneChange.create = function(properties) {
                return new ZoneChange(properties);
            };

            /**
             * Encodes the specified ZoneChange message. Does not implicitly {@link zonelet.v1.ZoneChange.verify|verify} messages.
             * @function encode
             * @memberof zonelet.v1.ZoneChange
             * @static
             * @param {zonelet.v1.ZoneChange.$Properties} m ZoneChange message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ZoneChange.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs") && (typeof m.timeMs === "object" ? m.timeMs.low || m.timeMs.high : m.timeMs !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).int64(m.timeMs);
                if (m.type != null && $Object.hasOwnProperty.call(m, "type") && m.type !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).int32(m.type);
                if (m.uuid != null && $Object.hasOwnProperty.call(m, "uuid") && m.uuid !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.uuid);
                if (m.zone != null && $Object.hasOwnProperty.call(m, "zone"))
                    $root.zonelet.v1.Zone.encode(m.zone, w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (m.fields != null && m.fields.length) {
                    for (var i = 0; i < m.fields.length; ++i)
                        w.uint32(/* id 5, wireType 2 =*/42).string(m.fields[i]);
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified ZoneChange message, length delimited. Does not implicitly {@link zonelet.v1.ZoneChange.verify|verify} messages.
             * @function encodeDelimited
             * @memberof zonelet.v1.ZoneChange
             * @static
             * @param {zonelet.v1.ZoneChange.$Properties} message ZoneChange message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ZoneChange.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ZoneChange message from the specified reader or buffer.
             * @function decode
             * @memberof zonelet.v1.ZoneChange
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {zonelet.v1.ZoneChange & zonelet.v1.ZoneChange.$Shape} ZoneChange
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ZoneChange.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.zonelet.v1.ZoneChange();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.timeMs = v;
                            else
                                delete m.timeMs;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.type = v;
                            else
                                delete m.type;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.uuid = v;
                            else
                                delete m.uuid;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            m.zone = $root.zonelet.v1.Zone.decode(r, r.size(), $undefined, q + 1, m.zone);
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if (!(m.fields && m.fields.length))
                                m.fields = [];
                            m.fields.push(r.stringVerify());
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a ZoneChange message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof zonelet.v1.ZoneChange
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {zonelet.v1.ZoneChange & zonelet.v1.ZoneChange.$Shape} ZoneChange
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ZoneChange.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ZoneChange message.
             * @function verify
             * @memberof zonelet.v1.ZoneChange
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ZoneChange.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs")) {
                    if (!$util.isInteger(m.timeMs) && !(m.timeMs && $util.isInteger(m.timeMs.low) && $util.isInteger(m.timeMs.high)))
                        return "timeMs: integer|Long expected";
                }
                if (m.type != null && $Object.hasOwnProperty.call(m, "type")) {
                    if (typeof m.type !== "number" || (m.type | 0) !== m.type)
                        return "type: enum value expected";
                }
                if (m.uuid != null && $Object.hasOwnProperty.call(m, "uuid")) {
                    if (!$util.isString(m.uuid))
                        return "uuid: string expected";
                }
                if (m.zone != null && $Object.hasOwnProperty.call(m, "zone")) {
                    {
                        var e = $root.zonelet.v1.Zone.verify(m.zone, q + 1);
                        if (e)
                            return "zone." + e;
                    }
                }
                if (m.fields != null && $Object.hasOwnProperty.call(m, "fields")) {
                    if (!$Array.isArray(m.fields))
                        return "fields: array expected";
                    for (var i = 0; i < m.fields.length; ++i) {
                        if (!$util.isString(m.fields[i]))
                            return "fields: string[] expected";
                    }
                }
                return null;
            };

            /**
             * Creates a ZoneChange message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof zonelet.v1.ZoneChange
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {zonelet.v1.ZoneChange} ZoneChange
             */
            ZoneChange.fromObject = function (d, q) {
                if (d instanceof $root.zonelet.v1.ZoneChange)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".zonelet.v1.ZoneChange: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.zonelet.v1.ZoneChange();
                if (d.timeMs != null) {
                    if (typeof d.timeMs === "object" ? d.timeMs.low || d.timeMs.high : $Number(d.timeMs) !== 0) {
                        if ($util.Long)
                            m.timeMs = $util.Long.fromValue(d.timeMs, false);
                        else if (typeof d.timeMs === "string")
                            m.timeMs = $parseInt(d.timeMs, 10);
                        else if (typeof d.timeMs === "number")
                            m.timeMs = d.timeMs;
                        else if (typeof d.timeMs === "object")
                            m.timeMs = new $util.LongBits(d.timeMs.low >>> 0, d.timeMs.high >>> 0).toNumber();
                    }
                }
                if (d.type !== 0 && (typeof d.type !== "string" || $root.zonelet.v1.ZoneChange.Type[d.type] !== 0)) {
                    switch (d.type) {
                    case "TYPE_UNSPECIFIED":
                    case 0:
                        m.type = 0;
                        break;
                    case "CREATE":
                    case 1:
                        m.type = 1;
                        break;
                    case "MODIFY":
                    case 2:
                        m.type = 2;
                        break;
                    case "DELETE":
                    case 3:
                        m.type = 3;
                        break;
                    default:
                        if (typeof d.type === "number" && (d.type | 0) === d.type)
                            m.type = d.type;
                    }
                }
                if (d.uuid != null) {
                    if (typeof d.uuid !== "string" || d.uuid.length) {
                        m.uuid = $String(d.uuid);
                    }
                }
                if (d.zone != null) {
                    if (!$util.isObject(d.zone))
                        throw $TypeError(".zonelet.v1.ZoneChange.zone: object expected");
                    m.zone = $root.zonelet.v1.Zone.fromObject(d.zone, q + 1);
                }
                if (d.fields) {
                    if (!$Array.isArray(d.fields))
                        throw $TypeError(".zonelet.v1.ZoneChange.fields: array expected");
                    m.fields = $Array(d.fields.length);
                    for (var i = 0; i < d.fields.length; ++i) {
                        m.fields[i] = $String(d.fields[i]);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ZoneChange message. Also converts values to other types if specified.
             * @function toObject
             * @memberof zonelet.v1.ZoneChange
             * @static
             * @param {zonelet.v1.ZoneChange} m ZoneChange
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ZoneChange.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.fields = [];
                }
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.timeMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.timeMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.type = o.enums === $String ? "TYPE_UNSPECIFIED" : 0;
                    d.uuid = "";
                    d.zone = null;
                }
                if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.timeMs = typeof m.timeMs === "number" ? $BigInt(m.timeMs) : $util.Long.fromBits(m.timeMs.low >>> 0, m.timeMs.high >>> 0, false).toBigInt();
                    else if (typeof m.timeMs === "number")
                        d.timeMs = o.longs === $String ? $String(m.timeMs) : m.timeMs;
                    else
                        d.timeMs = o.longs === $String ? $util.Long.prototype.toString.call(m.timeMs) : o.longs === $Number ? new $util.LongBits(m.timeMs.low >>> 0, m.timeMs.high >>> 0).toNumber() : m.timeMs;
                }
                if (m.type != null && $Object.hasOwnProperty.call(m, "type")) {
                    d.type = o.enums === $String ? $root.zonelet.v1.ZoneChange.Type[m.type] === $undefined ? m.type : $root.zonelet.v1.ZoneChange.Type[m.type] : m.type;
                }
                if (m.uuid != null && $Object.hasOwnProperty.call(m, "uuid")) {
                    d.uuid = m.uuid;
                }
                if (m.zone != null && $Object.hasOwnProperty.call(m, "zone")) {
                    d.zone = $root.zonelet.v1.Zone.toObject(m.zone, o, q + 1);
                }
                if (m.fields && m.fields.length) {
                    d.fields = $Array(m.fields.length);
                    for (var j = 0; j < m.fields.length; ++j) {
                        d.fields[j] = m.fields[j];
                    }
                }
                return d;
            };

            /**
             * Converts this ZoneChange to JSON.
             * @function toJSON
             * @memberof zonelet.v1.ZoneChange
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ZoneChange.prototype.toJSON = function() {
                return ZoneChange.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ZoneChange
             * @function getTypeUrl
             * @memberof zonelet.v1.ZoneChange
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ZoneChange.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/zonelet.v1.ZoneChange";
            };

            /**
             * Type enum.
             * @name zonelet.v1.ZoneChange.Type
             * @enum {number}
             * @property {number} TYPE_UNSPECIFIED=0 TYPE_UNSPECIFIED value
             * @property {number} CREATE=1 CREATE value
             * @property {number} MODIFY=2 MODIFY value
             * @property {number} DELETE=3 DELETE value
             */
            ZoneChange.Type = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "TYPE_UNSPECIFIED"] = 0;
                values[valuesById[1] = "CREATE"] = 1;
                values[valuesById[2] = "MODIFY"] = 2;
                values[valuesById[3] = "DELETE"] = 3;
                return values;
            })();

            return ZoneChange;
        })();

        v1.Label = (function() {

            /**
             * Properties of a Label.
             * @typedef {Object} zonelet.v1.Label.$Properties
             * @property {string|null} [name] Label name
             * @property {string|null} [value] Label value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Label.
             * @memberof zonelet.v1
             * @interface ILabel
             * @augments zonelet.v1.Label.$Properties
             * @deprecated Use zonelet.v1.Label.$Properties instead.
             */

            /**
             * Shape of a Label.
             * @typedef {zonelet.v1.Label.$Properties} zonelet.v1.Label.$Shape
             */

            /**
             * Constructs a new Label.
             * @memberof zonelet.v1
             * @classdesc Represents a Label.
             * @constructor
             * @param {zonelet.v1.Label.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Label = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Label name.
             * @member {string} name
             * @memberof zonelet.v1.Label
             * @instance
             */
            Label.prototype.name = "";

            /**
             * Label value.
             * @member {string} value
             * @memberof zonelet.v1.Label
             * @instance
             */
            Label.prototype.value = "";

            /**
             * Creates a new Label instance using the specified properties.
             * @function create
             * @memberof zonelet.v1.Label
             * @static
             * @param {zonelet.v1.Label.$Properties=} [properties] Properties to set
             * @returns {zonelet.v1.Label} Label instance
             * @type {{
             *   (properties: zonelet.v1.Label.$Shape): zonelet.v1.Label & zonelet.v1.Label.$Shape;
             *   (properties?: zonelet.v1.Label.$Properties): zonelet.v1.Label;
             * }}
             */
            Label.create = function(properties) {
                return new Label(properties);
            };

            /**
             * Encodes the specified Label message. Does not implicitly {@link zonelet.v1.Label.verify|verify} messages.
             * @function encode
             * @memberof zonelet.v1.Label
             * @static
             * @param {zonelet.v1.Label.$Properties} m Label message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Label.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.name);
                if (m.value != null && $Object.hasOwnProperty.call(m, "value") && m.value !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.value);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Label message, length delimited. Does not implicitly {@link zonelet.v1.Label.verify|verify} messages.
             * @function encodeDelimited
             * @memberof zonelet.v1.Label
             * @static
             * @param {zonelet.v1.Label.$Properties} message Label message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Label.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Label message from the specified reader or buffer.
             * @function decode
             * @memberof zonelet.v1.Label
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {zonelet.v1.Label & zonelet.v1.Label.$Shape} Label
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Label.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.zonelet.v1.Label();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.name = v;
                            else
                                delete m.name;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.value = v;
                            else
                                delete m.value;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a Label message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof zonelet.v1.Label
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {zonelet.v1.Label & zonelet.v1.Label.$Shape} Label
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Label.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Label message.
             * @function verify
             * @memberof zonelet.v1.Label
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Label.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    if (!$util.isString(m.name))
                        return "name: string expected";
                }
                if (m.value != null && $Object.hasOwnProperty.call(m, "value")) {
                    if (!$util.isString(m.value))
                        return "value: string expected";
                }
                return null;
            };

            /**
             * Creates a Label message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof zonelet.v1.Label
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {zonelet.v1.Label} Label
             */
            Label.fromObject = function (d, q) {
                if (d instanceof $root.zonelet.v1.Label)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".zonelet.v1.Label: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.zonelet.v1.Label();
                if (d.name != null) {
                    if (typeof d.name !== "string" || d.name.length) {
                        m.name = $String(d.name);
                    }
                }
                if (d.value != null) {
                    if (typeof d.value !== "string" || d.value.length) {
                        m.value = $String(d.value);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Label message. Also converts values to other types if specified.
             * @function toObject
             * @memberof zonelet.v1.Label
             * @static
             * @param {zonelet.v1.Label} m Label
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Label.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.name = "";
                    d.value = "";
                }
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    d.name = m.name;
                }
                if (m.value != null && $Object.hasOwnProperty.call(m, "value")) {
                    d.value = m.value;
                }
                return d;
            };

            /**
             * Converts this Label to JSON.
             * @function toJSON
             * @memberof zonelet.v1.Label
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Label.prototype.toJSON = function() {
                return Label.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Label
             * @function getTypeUrl
             * @memberof zonelet.v1.Label
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Label.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/zonelet.v1.Label";
            };

            return Label;
        })();

        v1.SeriesDef = (function() {

            /**
             * Properties of a SeriesDef.
             * @typedef {Object} zonelet.v1.SeriesDef.$Properties
             * @property {number|null} [id] SeriesDef id
             * @property {string|null} [zone] SeriesDef zone
             * @property {string|null} [name] SeriesDef name
             * @property {Array.<zonelet.v1.Label.$Properties>|null} [labels] SeriesDef labels
             * @property {zonelet.v1.SeriesDef.Kind|null} [kind] SeriesDef kind
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SeriesDef.
             * @memberof zonelet.v1
             * @interface ISeriesDef
             * @augments zonelet.v1.SeriesDef.$Properties
             * @deprecated Use zonelet.v1.SeriesDef.$Properties instead.
             */

            /**
             * Shape of a SeriesDef.
             * @typedef {zonelet.v1.SeriesDef.$Properties} zonelet.v1.SeriesDef.$Shape
             */

            /**
             * Constructs a new SeriesDef.
             * @memberof zonelet.v1
             * @classdesc Represents a SeriesDef.
             * @constructor
             * @param {zonelet.v1.SeriesDef.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SeriesDef = function (p) {
                this.labels = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SeriesDef id.
             * @member {number} id
             * @memberof zonelet.v1.SeriesDef
             * @instance
             */
            SeriesDef.prototype.id = 0;

            /**
             * SeriesDef zone.
             * @member {string} zone
             * @memberof zonelet.v1.SeriesDef
             * @instance
             */
            SeriesDef.prototype.zone = "";

            /**
             * SeriesDef name.
             * @member {string} name
             * @memberof zonelet.v1.SeriesDef
             * @instance
             */
            SeriesDef.prototype.name = "";

            /**
             * SeriesDef labels.
             * @member {Array.<zonelet.v1.Label.$Properties>} labels
             * @memberof zonelet.v1.SeriesDef
             * @instance
             */
            SeriesDef.prototype.labels = $util.emptyArray;

            /**
             * SeriesDef kind.
             * @member {zonelet.v1.SeriesDef.Kind} kind
             * @memberof zonelet.v1.SeriesDef
             * @instance
             */
            SeriesDef.prototype.kind = 0;

            /**
             * Creates a new SeriesDef instance using the specified properties.
             * @function create
             * @memberof zonelet.v1.SeriesDef
             * @static
             * @param {zonelet.v1.SeriesDef.$Properties=} [properties] Properties to set
             * @returns {zonelet.v1.SeriesDef} SeriesDef instance
             * @type {{
             *   (properties: zonelet.v1.SeriesDef.$Shape): zonelet.v1.SeriesDef & zonelet.v1.SeriesDef.$Shape;
             *   (properties?: zonelet.v1.SeriesDef.$Properties): zonelet.v1.SeriesDef;
             * }}
             */
            SeriesDef.create = function(properties) {
                return new SeriesDef(properties);
            };

            /**
             * Encodes the specified SeriesDef message. Does not implicitly {@link zonelet.v1.SeriesDef.verify|verify} messages.
             * @function encode
             * @memberof zonelet.v1.SeriesDef
             * @static
             * @param {zonelet.v1.SeriesDef.$Properties} m SeriesDef message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SeriesDef.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.id);
                if (m.zone != null && $Object.hasOwnProperty.call(m, "zone") && m.zone !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.zone);
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.name);
                if (m.labels != null && m.labels.length) {
                    for (var i = 0; i < m.labels.length; ++i)
                        $root.zonelet.v1.Label.encode(m.labels[i], w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                }
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind") && m.kind !== 0)
                    w.uint32(/* id 5, wireType 0 =*/40).int32(m.kind);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified SeriesDef message, length delimited. Does not implicitly {@link zonelet.v1.SeriesDef.verify|verify} messages.
             * @function encodeDelimited
             * @memberof zonelet.v1.SeriesDef
             * @static
             * @param {zonelet.v1.SeriesDef.$Properties} message SeriesDef message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SeriesDef.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SeriesDef message from the specified reader or buffer.
             * @function decode
             * @memberof zonelet.v1.SeriesDef
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {zonelet.v1.SeriesDef & zonelet.v1.SeriesDef.$Shape} SeriesDef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SeriesDef.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.zonelet.v1.SeriesDef();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.id = v;
                            else
                                delete m.id;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.zone = v;
                            else
                                delete m.zone;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.name = v;
                            else
                                delete m.name;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if (!(m.labels && m.labels.length))
                                m.labels = [];
                            m.labels.push($root.zonelet.v1.Label.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.kind = v;
                            else
                                delete m.kind;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a SeriesDef message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof zonelet.v1.SeriesDef
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {zonelet.v1.SeriesDef & zonelet.v1.SeriesDef.$Shape} SeriesDef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SeriesDef.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SeriesDef message.
             * @function verify
             * @memberof zonelet.v1.SeriesDef
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SeriesDef.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    if (!$util.isInteger(m.id))
                        return "id: integer expected";
                }
                if (m.zone != null && $Object.hasOwnProperty.call(m, "zone")) {
                    if (!$util.isString(m.zone))
                        return "zone: string expected";
                }
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    if (!$util.isString(m.name))
                        return "name: string expected";
                }
                if (m.labels != null && $Object.hasOwnProperty.call(m, "labels")) {
                    if (!$Array.isArray(m.labels))
                        return "labels: array expected";
                    for (var i = 0; i < m.labels.length; ++i) {
                        {
                            var e = $root.zonelet.v1.Label.verify(m.labels[i], q + 1);
                            if (e)
                                return "labels." + e;
                        }
                    }
                }
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind")) {
                    if (typeof m.kind !== "number" || (m.kind | 0) !== m.kind)
                        return "kind: enum value expected";
                }
                return null;
            };

            /**
             * Creates a SeriesDef message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof zonelet.v1.SeriesDef
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {zonelet.v1.SeriesDef} SeriesDef
             */
            SeriesDef.fromObject = function (d, q) {
                if (d instanceof $root.zonelet.v1.SeriesDef)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".zonelet.v1.SeriesDef: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.zonelet.v1.SeriesDef();
                if (d.id != null) {
                    if ($Number(d.id) !== 0) {
                        m.id = d.id >>> 0;
                    }
                }
                if (d.zone != null) {
                    if (typeof d.zone !== "string" || d.zone.length) {
                        m.zone = $String(d.zone);
                    }
                }
                if (d.name != null) {
                    if (typeof d.name !== "string" || d.name.length) {
                        m.name = $String(d.name);
                    }
                }
                if (d.labels) {
                    if (!$Array.isArray(d.labels))
                        throw $TypeError(".zonelet.v1.SeriesDef.labels: array expected");
                    m.labels = $Array(d.labels.length);
                    for (var i = 0; i < d.labels.length; ++i) {
                        if (!$util.isObject(d.labels[i]))
                            throw $TypeError(".zonelet.v1.SeriesDef.labels: object expected");
                        m.labels[i] = $root.zonelet.v1.Label.fromObject(d.labels[i], q + 1);
                    }
                }
                if (d.kind !== 0 && (typeof d.kind !== "string" || $root.zonelet.v1.SeriesDef.Kind[d.kind] !== 0)) {
                    switch (d.kind) {
                    case "KIND_UNSPECIFIED":
                    case 0:
                        m.kind = 0;
                        break;
                    case "INT":
                    case 1:
                        m.kind = 1;
                        break;
                    case "FLOAT":
                    case 2:
                        m.kind = 2;
                        break;
                    default:
                        if (typeof d.kind === "number" && (d.kind | 0) === d.kind)
                            m.kind = d.kind;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a SeriesDef message. Also converts values to other types if specified.
             * @function toObject
             * @memberof zonelet.v1.SeriesDef
             * @static
             * @param {zonelet.v1.SeriesDef} m SeriesDef
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SeriesDef.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.labels = [];
                }
                if (o.defaults) {
                    d.id = 0;
                    d.zone = "";
                    d.name = "";
                    d.kind = o.enums === $String ? "KIND_UNSPECIFIED" : 0;
                }
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    d.id = m.id;
                }
                if (m.zone != null && $Object.hasOwnProperty.call(m, "zone")) {
                    d.zone = m.zone;
                }
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    d.name = m.name;
                }
                if (m.labels && m.labels.length) {
                    d.labels = $Array(m.labels.length);
                    for (var j = 0; j < m.labels.length; ++j) {
                        d.labels[j] = $root.zonelet.v1.Label.toObject(m.labels[j], o, q + 1);
                    }
                }
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind")) {
                    d.kind = o.enums === $String ? $root.zonelet.v1.SeriesDef.Kind[m.kind] === $undefined ? m.kind : $root.zonelet.v1.SeriesDef.Kind[m.kind] : m.kind;
                }
                return d;
            };

            /**
             * Converts this SeriesDef to JSON.
             * @function toJSON
             * @memberof zonelet.v1.SeriesDef
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SeriesDef.prototype.toJSON = function() {
                return SeriesDef.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SeriesDef
             * @function getTypeUrl
             * @memberof zonelet.v1.SeriesDef
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SeriesDef.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/zonelet.v1.SeriesDef";
            };

            /**
             * Kind enum.
             * @name zonelet.v1.SeriesDef.Kind
             * @enum {number}
             * @property {number} KIND_UNSPECIFIED=0 KIND_UNSPECIFIED value
             * @property {number} INT=1 INT value
             * @property {number} FLOAT=2 FLOAT value
             */
            SeriesDef.Kind = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "KIND_UNSPECIFIED"] = 0;
                values[valuesById[1] = "INT"] = 1;
                values[valuesById[2] = "FLOAT"] = 2;
                return values;
            })();

            return SeriesDef;
        })();

        v1.SeriesDictionary = (function() {

            /**
             * Properties of a SeriesDictionary.
             * @typedef {Object} zonelet.v1.SeriesDictionary.$Properties
             * @property {number|null} [epoch] SeriesDictionary epoch
             * @property {boolean|null} [reset] SeriesDictionary reset
             * @property {Array.<zonelet.v1.SeriesDef.$Properties>|null} [defs] SeriesDictionary defs
             * @property {Array.<number>|null} [retired] SeriesDictionary retired
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SeriesDictionary.
             * @memberof zonelet.v1
             * @interface ISeriesDictionary
             * @augments zonelet.v1.SeriesDictionary.$Properties
             * @deprecated Use zonelet.v1.SeriesDictionary.$Properties instead.
             */

            /**
             * Shape of a SeriesDictionary.
             * @typedef {zonelet.v1.SeriesDictionary.$Properties} zonelet.v1.SeriesDictionary.$Shape
             */

            /**
             * Constructs a new SeriesDictionary.
             * @memberof zonelet.v1
             * @classdesc Represents a SeriesDictionary.
             * @constructor
             * @param {zonelet.v1.SeriesDictionary.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SeriesDictionary = function (p) {
                this.defs = [];
                this.retired = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SeriesDictionary epoch.
             * @member {number} epoch
             * @memberof zonelet.v1.SeriesDictionary
             * @instance
             */
            SeriesDictionary.prototype.epoch = 0;

            /**
             * SeriesDictionary reset.
             * @member {boolean} reset
             * @memberof zonelet.v1.SeriesDictionary
             * @instance
             */
            SeriesDictionary.prototype.reset = false;

            /**
             * SeriesDictionary defs.
             * @member {Array.<zonelet.v1.SeriesDef.$Properties>} defs
             * @memberof zonelet.v1.SeriesDictionary
             * @instance
             */
            SeriesDictionary.prototype.defs = $util.emptyArray;

            /**
             * SeriesDictionary retired.
             * @member {Array.<number>} retired
             * @memberof zonelet.v1.SeriesDictionary
             * @instance
             */
            SeriesDictionary.prototype.retired = $util.emptyArray;

            /**
             * Creates a new SeriesDictionary instance using the specified properties.
             * @function create
             * @memberof zonelet.v1.SeriesDictionary
             * @static
             * @param {zonelet.v1.SeriesDictionary.$Properties=} [properties] Properties to set
             * @returns {zonelet.v1.SeriesDictionary} SeriesDictionary instance
             * @type {{
             *   (properties: zonelet.v1.SeriesDictionary.$Shape): zonelet.v1.SeriesDictionary & zonelet.v1.SeriesDictionary.$Shape;
             *   (properties?: zonelet.v1.SeriesDictionary.$Properties): zonelet.v1.SeriesDictionary;
             * }}
             */
            SeriesDictionary.create = function(properties) {
                return new SeriesDictionary(properties);
            };

            /**
             * Encodes the specified SeriesDictionary message. Does not implicitly {@link zonelet.v1.SeriesDictionary.verify|verify} messages.
             * @function encode
             * @memberof zonelet.v1.SeriesDictionary
             * @static
             * @param {zonelet.v1.SeriesDictionary.$Properties} m SeriesDictionary message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SeriesDictionary.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.epoch != null && $Object.hasOwnProperty.call(m, "epoch") && m.epoch !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.epoch);
                if (m.reset != null && $Object.hasOwnProperty.call(m, "reset") && m.reset !== false)
                    w.uint32(/* id 2, wireType 0 =*/16).bool(m.reset);
                if (m.defs != null && m.defs.length) {
                    for (var i = 0; i < m.defs.length; ++i)
                        $root.zonelet.v1.SeriesDef.encode(m.defs[i], w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                }
                if (m.retired != null && m.retired.length) {
                    w.uint32(/* id 4, wireType 2 =*/34).uint32s(m.retired);
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified SeriesDictionary message, length delimited. Does not implicitly {@link zonelet.v1.SeriesDictionary.verify|verify} messages.
             * @function encodeDelimited
             * @memberof zonelet.v1.SeriesDictionary
             * @static
             * @param {zonelet.v1.SeriesDictionary.$Properties} message SeriesDictionary message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SeriesDictionary.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SeriesDictionary message from the specified reader or buffer.
             * @function decode
             * @memberof zonelet.v1.SeriesDictionary
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {zonelet.v1.SeriesDictionary & zonelet.v1.SeriesDictionary.$Shape} SeriesDictionary
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SeriesDictionary.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.zonelet.v1.SeriesDictionary();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.epoch = v;
                            else
                                delete m.epoch;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.reset = v;
                            else
                                delete m.reset;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if (!(m.defs && m.defs.length))
                                m.defs = [];
                            m.defs.push($root.zonelet.v1.SeriesDef.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 4: {
                            if (u === 2) {
                                if (!(m.retired && m.retired.length))
                                    m.retired = [];
                                r.uint32s(m.retired);
                                continue;
                            }
                            if (u !== 0)
                                break;
                            if (!(m.retired && m.retired.length))
                                m.retired = [];
                            m.retired.push(r.uint32());
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a SeriesDictionary message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof zonelet.v1.SeriesDictionary
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {zonelet.v1.SeriesDictionary & zonelet.v1.SeriesDictionary.$Shape} SeriesDictionary
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SeriesDictionary.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SeriesDictionary message.
             * @function verify
             * @memberof zonelet.v1.SeriesDictionary
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SeriesDictionary.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.epoch != null && $Object.hasOwnProperty.call(m, "epoch")) {
                    if (!$util.isInteger(m.epoch))
                        return "epoch: integer expected";
                }
                if (m.reset != null && $Object.hasOwnProperty.call(m, "reset")) {
                    if (typeof m.reset !== "boolean")
                        return "reset: boolean expected";
                }
                if (m.defs != null && $Object.hasOwnProperty.call(m, "defs")) {
                    if (!$Array.isArray(m.defs))
                        return "defs: array expected";
                    for (var i = 0; i < m.defs.length; ++i) {
                        {
                            var e = $root.zonelet.v1.SeriesDef.verify(m.defs[i], q + 1);
                            if (e)
                                return "defs." + e;
                        }
                    }
                }
                if (m.retired != null && $Object.hasOwnProperty.call(m, "retired")) {
                    if (!$Array.isArray(m.retired))
                        return "retired: array expected";
                    for (var i = 0; i < m.retired.length; ++i) {
                        if (!$util.isInteger(m.retired[i]))
                            return "retired: integer[] expected";
                    }
                }
                return null;
            };

            /**
             * Creates a SeriesDictionary message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof zonelet.v1.SeriesDictionary
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {zonelet.v1.SeriesDictionary} SeriesDictionary
             */
            SeriesDictionary.fromObject = function (d, q) {
                if (d instanceof $root.zonelet.v1.SeriesDictionary)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".zonelet.v1.SeriesDictionary: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.zonelet.v1.SeriesDictionary();
                if (d.epoch != null) {
                    if ($Number(d.epoch) !== 0) {
                        m.epoch = d.epoch >>> 0;
                    }
                }
                if (d.reset != null) {
                    if (d.reset) {
                        m.reset = $Boolean(d.reset);
                    }
                }
                if (d.defs) {
                    if (!$Array.isArray(d.defs))
                        throw $TypeError(".zonelet.v1.SeriesDictionary.defs: array expected");
                    m.defs = $Array(d.defs.length);
                    for (var i = 0; i < d.defs.length; ++i) {
                        if (!$util.isObject(d.defs[i]))
                            throw $TypeError(".zonelet.v1.SeriesDictionary.defs: object expected");
                        m.defs[i] = $root.zonelet.v1.SeriesDef.fromObject(d.defs[i], q + 1);
                    }
                }
                if (d.retired) {
                    if (!$Array.isArray(d.retired))
                        throw $TypeError(".zonelet.v1.SeriesDictionary.retired: array expected");
                    m.retired = $Array(d.retired.length);
                    for (var i = 0; i < d.retired.length; ++i) {
                        m.retired[i] = d.retired[i] >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a SeriesDictionary message. Also converts values to other types if specified.
             * @function toObject
             * @memberof zonelet.v1.SeriesDictionary
             * @static
             * @param {zonelet.v1.SeriesDictionary} m SeriesDictionary
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SeriesDictionary.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.defs = [];
                    d.retired = [];
                }
                if (o.defaults) {
                    d.epoch = 0;
                    d.reset = false;
                }
                if (m.epoch != null && $Object.hasOwnProperty.call(m, "epoch")) {
                    d.epoch = m.epoch;
                }
                if (m.reset != null && $Object.hasOwnProperty.call(m, "reset")) {
                    d.reset = m.reset;
                }
                if (m.defs && m.defs.length) {
                    d.defs = $Array(m.defs.length);
                    for (var j = 0; j < m.defs.length; ++j) {
                        d.defs[j] = $root.zonelet.v1.SeriesDef.toObject(m.defs[j], o, q + 1);
                    }
                }
                if (m.retired && m.retired.length) {
                    d.retired = $Array(m.retired.length);
                    for (var j = 0; j < m.retired.length; ++j) {
                        d.retired[j] = m.retired[j];
                    }
                }
                return d;
            };

            /**
             * Converts this SeriesDictionary to JSON.
             * @function toJSON
             * @memberof zonelet.v1.SeriesDictionary
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SeriesDictionary.prototype.toJSON = function() {
                return SeriesDictionary.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SeriesDictionary
             * @function getTypeUrl
             * @memberof zonelet.v1.SeriesDictionary
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SeriesDictionary.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/zonelet.v1.SeriesDictionary";
            };

            return SeriesDictionary;
        })();

        v1.MetricsBatch = (function() {

            /**
             * Properties of a MetricsBatch.
             * @typedef {Object} zonelet.v1.MetricsBatch.$Properties
             * @property {number|Long|null} [batch] MetricsBatch batch
             * @property {number|null} [epoch] MetricsBatch epoch
             * @property {boolean|null} [keyframe] MetricsBatch keyframe
             * @property {number|Long|null} [timeMs] MetricsBatch timeMs
             * @property {Array.<number>|null} [intIds] MetricsBatch intIds
             * @property {Array.<number|Long>|null} [intValues] MetricsBatch intValues
             * @property {Array.<number>|null} [floatIds] MetricsBatch floatIds
             * @property {Array.<number>|null} [floatValues] MetricsBatch floatValues
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MetricsBatch.
             * @memberof zonelet.v1
             * @interface IMetricsBatch
             * @augments zonelet.v1.MetricsBatch.$Properties
             * @deprecated Use zonelet.v1.MetricsBatch.$Properties instead.
             */

            /**
             * Shape of a MetricsBatch.
             * @typedef {zonelet.v1.MetricsBatch.$Properties} zonelet.v1.MetricsBatch.$Shape
             */

            /**
             * Constructs a new MetricsBatch.
             * @memberof zonelet.v1
             * @classdesc Represents a MetricsBatch.
             * @constructor
             * @param {zonelet.v1.MetricsBatch.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MetricsBatch = function (p) {
                this.intIds = [];
                this.intValues = [];
                this.floatIds = [];
                this.floatValues = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * MetricsBatch batch.
             * @member {number|Long} batch
             * @memberof zonelet.v1.MetricsBatch
             * @instance
             */
            MetricsBatch.prototype.batch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * MetricsBatch epoch.
             * @member {number} epoch
             * @memberof zonelet.v1.MetricsBatch
             * @instance
             */
            MetricsBatch.prototype.epoch = 0;

            /**
             * MetricsBatch keyframe.
             * @member {boolean} keyframe
             * @memberof zonelet.v1.MetricsBatch
             * @instance
             */
            MetricsBatch.prototype.keyframe = false;

            /**
             * MetricsBatch timeMs.
             * @member {number|Long} timeMs
             * @memberof zonelet.v1.MetricsBatch
             * @instance
             */
            MetricsBatch.prototype.timeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * MetricsBatch intIds.
             * @member {Array.<number>} intIds
             * @memberof zonelet.v1.MetricsBatch
             * @instance
             */
            MetricsBatch.prototype.intIds = $util.emptyArray;

            /**
             * MetricsBatch intValues.
             * @member {Array.<number|Long>} intValues
             * @memberof zonelet.v1.MetricsBatch
             * @instance
             */
            MetricsBatch.prototype.intValues = $util.emptyArray;

            /**
             * MetricsBatch floatIds.
             * @member {Array.<number>} floatIds
             * @memberof zonelet.v1.MetricsBatch
             * @instance
             */
            MetricsBatch.prototype.floatIds = $util.emptyArray;

            /**
             * MetricsBatch floatValues.
             * @member {Array.<number>} floatValues
             * @memberof zonelet.v1.MetricsBatch
             * @instance
             */
            MetricsBatch.prototype.floatValues = $util.emptyArray;

            /**
             * Creates a new MetricsBatch instance using the specified properties.
             * @function create
             * @memberof zonelet.v1.MetricsBatch
             * @static
             * @param {zonelet.v1.MetricsBatch.$Properties=} [properties] Properties to set
             * @returns {zonelet.v1.MetricsBatch} MetricsBatch instance
             * @type {{
             *   (properties: zonelet.v1.MetricsBatch.$Shape): zonelet.v1.MetricsBatch & zonelet.v1.MetricsBatch.$Shape;
             *   (properties?: zonelet.v1.MetricsBatch.$Properties): zonelet.v1.MetricsBatch;
             * }}
             */
            MetricsBatch.create = function(properties) {
                return new MetricsBatch(properties);
            };

            /**
             * Encodes the specified MetricsBatch message. Does not implicitly {@link zonelet.v1.MetricsBatch.verify|verify} messages.
             * @function encode
             * @memberof zonelet.v1.MetricsBatch
             * @static
             * @param {zonelet.v1.MetricsBatch.$Properties} m MetricsBatch message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MetricsBatch.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.batch != null && $Object.hasOwnProperty.call(m, "batch") && (typeof m.batch === "object" ? m.batch.low || m.batch.high : m.batch !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).uint64(m.batch);
                if (m.epoch != null && $Object.hasOwnProperty.call(m, "epoch") && m.epoch !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.epoch);
                if (m.keyframe != null && $Object.hasOwnProperty.call(m, "keyframe") && m.keyframe !== false)
                    w.uint32(/* id 3, wireType 0 =*/24).bool(m.keyframe);
                if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs") && (typeof m.timeMs === "object" ? m.timeMs.low || m.timeMs.high : m.timeMs !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).int64(m.timeMs);
                if (m.intIds != null && m.intIds.length) {
                    w.uint32(/* id 5, wireType 2 =*/42).uint32s(m.intIds);
                }
                if (m.intValues != null && m.intValues.length) {
                    w.uint32(/* id 6, wireType 2 =*/50).sint64s(m.intValues);
                }
                if (m.floatIds != null && m.floatIds.length) {
                    w.uint32(/* id 7, wireType 2 =*/58).uint32s(m.floatIds);
                }
                if (m.floatValues != null && m.floatValues.length) {
                    w.uint32(/* id 8, wireType 2 =*/66).doubles(m.floatValues);
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified MetricsBatch message, length delimited. Does not implicitly {@link zonelet.v1.MetricsBatch.verify|verify} messages.
             * @function encodeDelimited
             * @memberof zonelet.v1.MetricsBatch
             * @static
             * @param {zonelet.v1.MetricsBatch.$Properties} message MetricsBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MetricsBatch.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a MetricsBatch message from the specified reader or buffer.
             * @function decode
             * @memberof zonelet.v1.MetricsBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {zonelet.v1.MetricsBatch & zonelet.v1.MetricsBatch.$Shape} MetricsBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MetricsBatch.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.zonelet.v1.MetricsBatch();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.batch = v;
                            else
                                delete m.batch;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.epoch = v;
                            else
                                delete m.epoch;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.keyframe = v;
                            else
                                delete m.keyframe;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.timeMs = v;
                            else
                                delete m.timeMs;
                            continue;
                        }
                    case 5: {
                            if (u === 2) {
                                if (!(m.intIds && m.intIds.length))
                                    m.intIds = [];
                                r.uint32s(m.intIds);
                                continue;
                            }
                            if (u !== 0)
                                break;
                            if (!(m.intIds && m.intIds.length))
                                m.intIds = [];
                            m.intIds.push(r.uint32());
                            continue;
                        }
                    case 6: {
                            if (u === 2) {
                                if (!(m.intValues && m.intValues.length))
                                    m.intValues = [];
                                r.sint64s(m.intValues);
                                continue;
                            }
                            if (u !== 0)
                                break;
                            if (!(m.intValues && m.intValues.length))
                                m.intValues = [];
                            m.intValues.push(r.sint64());
                            continue;
                        }
                    case 7: {
                            if (u === 2) {
                                if (!(m.floatIds && m.floatIds.length))
                                    m.floatIds = [];
                                r.uint32s(m.floatIds);
                                continue;
                            }
                            if (u !== 0)
                                break;
                            if (!(m.floatIds && m.floatIds.length))
                                m.floatIds = [];
                            m.floatIds.push(r.uint32());
                            continue;
                        }
                    case 8: {
                            if (u === 2) {
                                if (!(m.floatValues && m.floatValues.length))
                                    m.floatValues = [];
                                r.doubles(m.floatValues);
                                continue;
                            }
                            if (u !== 1)
                                break;
                            if (!(m.floatValues && m.floatValues.length))
                                m.floatValues = [];
                            m.floatValues.push(r.double());
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a MetricsBatch message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof zonelet.v1.MetricsBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {zonelet.v1.MetricsBatch & zonelet.v1.MetricsBatch.$Shape} MetricsBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MetricsBatch.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a MetricsBatch message.
             * @function verify
             * @memberof zonelet.v1.MetricsBatch
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            MetricsBatch.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.batch != null && $Object.hasOwnProperty.call(m, "batch")) {
                    if (!$util.isInteger(m.batch) && !(m.batch && $util.isInteger(m.batch.low) && $util.isInteger(m.batch.high)))
                        return "batch: integer|Long expected";
                }
                if (m.epoch != null && $Object.hasOwnProperty.call(m, "epoch")) {
                    if (!$util.isInteger(m.epoch))
                        return "epoch: integer expected";
                }
                if (m.keyframe != null && $Object.hasOwnProperty.call(m, "keyframe")) {
                    if (typeof m.keyframe !== "boolean")
                        return "keyframe: boolean expected";
                }
                if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs")) {
                    if (!$util.isInteger(m.timeMs) && !(m.timeMs && $util.isInteger(m.timeMs.low) && $util.isInteger(m.timeMs.high)))
                        return "timeMs: integer|Long expected";
                }
                if (m.intIds != null && $Object.hasOwnProperty.call(m, "intIds")) {
                    if (!$Array.isArray(m.intIds))
                        return "intIds: array expected";
                    for (var i = 0; i < m.intIds.length; ++i) {
                        if (!$util.isInteger(m.intIds[i]))
                            return "intIds: integer[] expected";
                    }
                }
                if (m.intValues != null && $Object.hasOwnProperty.call(m, "intValues")) {
                    if (!$Array.isArray(m.intValues))
                        return "intValues: array expected";
                    for (var i = 0; i < m.intValues.length; ++i) {
                        if (!$util.isInteger(m.intValues[i]) && !(m.intValues[i] && $util.isInteger(m.intValues[i].low) && $util.isInteger(m.intValues[i].high)))
                            return "intValues: integer|Long[] expected";
                    }
                }
                if (m.floatIds != null && $Object.hasOwnProperty.call(m, "floatIds")) {
                    if (!$Array.isArray(m.floatIds))
                        return "floatIds: array expected";
                    for (var i = 0; i < m.floatIds.length; ++i) {
                        if (!$util.isInteger(m.floatIds[i]))
                            return "floatIds: integer[] expected";
                    }
                }
                if (m.floatValues != null && $Object.hasOwnProperty.call(m, "floatValues")) {
                    if (!$Array.isArray(m.floatValues))
                        return "floatValues: array expected";
                    for (var i = 0; i < m.floatValues.length; ++i) {
                        if (typeof m.floatValues[i] !== "number")
                            return "floatValues: number[] expected";
                    }
                }
                return null;
            };

            /**
             * Creates a MetricsBatch message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof zonelet.v1.MetricsBatch
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {zonelet.v1.MetricsBatch} MetricsBatch
             */
            MetricsBatch.fromObject = function (d, q) {
                if (d instanceof $root.zonelet.v1.MetricsBatch)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".zonelet.v1.MetricsBatch: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.zonelet.v1.MetricsBatch();
                if (d.batch != null) {
                    if (typeof d.batch === "object" ? d.batch.low || d.batch.high : $Number(d.batch) !== 0) {
                        if ($util.Long)
                            m.batch = $util.Long.fromValue(d.batch, true);
                        else if (typeof d.batch === "string")
                            m.batch = $parseInt(d.batch, 10);
                        else if (typeof d.batch === "number")
                            m.batch = d.batch;
                        else if (typeof d.batch === "object")
                            m.batch = new $util.LongBits(d.batch.low >>> 0, d.batch.high >>> 0).toNumber(true);
                    }
                }
                if (d.epoch != null) {
                    if ($Number(d.epoch) !== 0) {
                        m.epoch = d.epoch >>> 0;
                    }
                }
                if (d.keyframe != null) {
                    if (d.keyframe) {
                        m.keyframe = $Boolean(d.keyframe);
                    }
                }
                if (d.timeMs != null) {
                    if (typeof d.timeMs === "object" ? d.timeMs.low || d.timeMs.high : $Number(d.timeMs) !== 0) {
                        if ($util.Long)
                            m.timeMs = $util.Long.fromValue(d.timeMs, false);
                        else if (typeof d.timeMs === "string")
                            m.timeMs = $parseInt(d.timeMs, 10);
                        else if (typeof d.timeMs === "number")
                            m.timeMs = d.timeMs;
                        else if (typeof d.timeMs === "object")
                            m.timeMs = new $util.LongBits(d.timeMs.low >>> 0, d.timeMs.high >>> 0).toNumber();
                    }
                }
                if (d.intIds) {
                    if (!$Array.isArray(d.intIds))
                        throw $TypeError(".zonelet.v1.MetricsBatch.intIds: array expected");
                    m.intIds = $Array(d.intIds.length);
                    for (var i = 0; i < d.intIds.length; ++i) {
                        m.intIds[i] = d.intIds[i] >>> 0;
                    }
                }
                if (d.intValues) {
                    if (!$Array.isArray(d.intValues))
                        throw $TypeError(".zonelet.v1.MetricsBatch.intValues: array expected");
                    m.intValues = $Array(d.intValues.length);
                    for (var i = 0; i < d.intValues.length; ++i) {
                        if ($util.Long)
                            m.intValues[i] = $util.Long.fromValue(d.intValues[i], false);
                        else if (typeof d.intValues[i] === "string")
                            m.intValues[i] = $parseInt(d.intValues[i], 10);
                        else if (typeof d.intValues[i] === "number")
                            m.intValues[i] = d.intValues[i];
                        else if (typeof d.intValues[i] === "object")
                            m.intValues[i] = new $util.LongBits(d.intValues[i].low >>> 0, d.intValues[i].high >>> 0).toNumber();
                    }
                }
                if (d.floatIds) {
                    if (!$Array.isArray(d.floatIds))
                        throw $TypeError(".zonelet.v1.MetricsBatch.floatIds: array expected");
                    m.floatIds = $Array(d.floatIds.length);
                    for (var i = 0; i < d.floatIds.length; ++i) {
                        m.floatIds[i] = d.floatIds[i] >>> 0;
                    }
                }
                if (d.floatValues) {
                    if (!$Array.isArray(d.floatValues))
                        throw $TypeError(".zonelet.v1.MetricsBatch.floatValues: array expected");
                    m.floatValues = $Array(d.floatValues.length);
                    for (var i = 0; i < d.floatValues.length; ++i) {
                        m.floatValues[i] = $Number(d.floatValues[i]);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a MetricsBatch message. Also converts values to other types if specified.
             * @function toObject
             * @memberof zonelet.v1.MetricsBatch
             * @static
             * @param {zonelet.v1.MetricsBatch} m MetricsBatch
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MetricsBatch.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.intIds = [];
                    d.intValues = [];
                    d.floatIds = [];
                    d.floatValues = [];
                }
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.batch = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.batch = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.epoch = 0;
                    d.keyframe = false;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.timeMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.timeMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.batch != null && $Object.hasOwnProperty.call(m, "batch")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.batch = typeof m.batch === "number" ? $BigInt(m.batch) : $util.Long.fromBits(m.batch.low >>> 0, m.batch.high >>> 0, true).toBigInt();
                    else if (typeof m.batch === "number")
                        d.batch = o.longs === $String ? $String(m.batch) : m.batch;
                    else
                        d.batch = o.longs === $String ? $util.Long.prototype.toString.call(m.batch) : o.longs === $Number ? new $util.LongBits(m.batch.low >>> 0, m.batch.high >>> 0).toNumber(true) : m.batch;
                }
                if (m.epoch != null && $Object.hasOwnProperty.call(m, "epoch")) {
                    d.epoch = m.epoch;
                }
                if (m.keyframe != null && $Object.hasOwnProperty.call(m, "keyframe")) {
                    d.keyframe = m.keyframe;
                }
                if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.timeMs = typeof m.timeMs === "number" ? $BigInt(m.timeMs) : $util.Long.fromBits(m.timeMs.low >>> 0, m.timeMs.high >>> 0, false).toBigInt();
                    else if (typeof m.timeMs === "number")
                        d.timeMs = o.longs === $String ? $String(m.timeMs) : m.timeMs;
                    else
                        d.timeMs = o.longs === $String ? $util.Long.prototype.toString.call(m.timeMs) : o.longs === $Number ? new $util.LongBits(m.timeMs.low >>> 0, m.timeMs.high >>> 0).toNumber() : m.timeMs;
                }
                if (m.intIds && m.intIds.length) {
                    d.intIds = $Array(m.intIds.length);
                    for (var j = 0; j < m.intIds.length; ++j) {
                        d.intIds[j] = m.intIds[j];
                    }
                }
                if (m.intValues && m.intValues.length) {
                    d.intValues = $Array(m.intValues.length);
                    for (var j = 0; j < m.intValues.length; ++j) {
                        if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                            d.intValues[j] = typeof m.intValues[j] === "number" ? $BigInt(m.intValues[j]) : $util.Long.fromBits(m.intValues[j].low >>> 0, m.intValues[j].high >>> 0, false).toBigInt();
                        else if (typeof m.intValues[j] === "number")
                            d.intValues[j] = o.longs === $String ? $String(m.intValues[j]) : m.intValues[j];
                        else
                            d.intValues[j] = o.longs === $String ? $util.Long.prototype.toString.call(m.intValues[j]) : o.longs === $Number ? new $util.LongBits(m.intValues[j].low >>> 0, m.intValues[j].high >>> 0).toNumber() : m.intValues[j];
                    }
                }
                if (m.floatIds && m.floatIds.length) {
                    d.floatIds = $Array(m.floatIds.length);
                    for (var j = 0; j < m.floatIds.length; ++j) {
                        d.floatIds[j] = m.floatIds[j];
                    }
                }
                if (m.floatValues && m.floatValues.length) {
                    d.floatValues = $Array(m.floatValues.length);
                    for (var j = 0; j < m.floatValues.length; ++j) {
                        d.floatValues[j] = o.json && !$isFinite(m.floatValues[j]) ? $String(m.floatValues[j]) : m.floatValues[j];
                    }
                }
                return d;
            };

            /**
             * Converts this MetricsBatch to JSON.
             * @function toJSON
             * @memberof zonelet.v1.MetricsBatch
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MetricsBatch.prototype.toJSON = function() {
                return MetricsBatch.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for MetricsBatch
             * @function getTypeUrl
             * @memberof zonelet.v1.MetricsBatch
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MetricsBatch.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/zonelet.v1.MetricsBatch";
            };

            return MetricsBatch;
        })();

        v1.Gap = (function() {

            /**
             * Properties of a Gap.
             * @typedef {Object} zonelet.v1.Gap.$Properties
             * @property {number|Long|null} [firstBatch] Gap firstBatch
             * @property {number|Long|null} [lastBatch] Gap lastBatch
             * @property {number|Long|null} [droppedBatches] Gap droppedBatches
             * @property {string|null} [reason] Gap reason
             * @property {number|Long|null} [droppedZoneMessages] Gap droppedZoneMessages
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Gap.
             * @memberof zonelet.v1
             * @interface IGap
             * @augments zonelet.v1.Gap.$Properties
             * @deprecated Use zonelet.v1.Gap.$Properties instead.
             */

            /**
             * Shape of a Gap.
             * @typedef {zonelet.v1.Gap.$Properties} zonelet.v1.Gap.$Shape
             */

            /**
             * Constructs a new Gap.
             * @memberof zonelet.v1
             * @classdesc Represents a Gap.
             * @constructor
             * @param {zonelet.v1.Gap.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Gap = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Gap firstBatch.
             * @member {number|Long} firstBatch
             * @memberof zonelet.v1.Gap
             * @instance
             */
            Gap.prototype.firstBatch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Gap lastBatch.
             * @member {number|Long} lastBatch
             * @memberof zonelet.v1.Gap
             * @instance
             */
            Gap.prototype.lastBatch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Gap droppedBatches.
             * @member {number|Long} droppedBatches
             * @memberof zonelet.v1.Gap
             * @instance
             */
            Gap.prototype.droppedBatches = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Gap reason.
             * @member {string} reason
             * @memberof zonelet.v1.Gap
             * @instance
             */
            Gap.prototype.reason = "";

            /**
             * Gap droppedZoneMessages.
             * @member {number|Long} droppedZoneMessages
             * @memberof zonelet.v1.Gap
             * @instance
             */
            Gap.prototype.droppedZoneMessages = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Gap instance using the specified properties.
             * @function create
             * @memberof zonelet.v1.Gap
             * @static
             * @param {zonelet.v1.Gap.$Properties=} [properties] Properties to set
             * @returns {zonelet.v1.Gap} Gap instance
             * @type {{
             *   (properties: zonelet.v1.Gap.$Shape): zonelet.v1.Gap & zonelet.v1.Gap.$Shape;
             *   (properties?: zonelet.v1.Gap.$Properties): zonelet.v1.Gap;
             * }}
             */
            Gap.create = function(properties) {
                return new Gap(properties);
            };

            /**
             * Encodes the specified Gap message. Does not implicitly {@link zonelet.v1.Gap.verify|verify} messages.
             * @function encode
             * @memberof zonelet.v1.Gap
             * @static
             * @param {zonelet.v1.Gap.$Properties} m Gap message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Gap.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.firstBatch != null && $Object.hasOwnProperty.call(m, "firstBatch") && (typeof m.firstBatch === "object" ? m.firstBatch.low || m.firstBatch.high : m.firstBatch !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).uint64(m.firstBatch);
                if (m.lastBatch != null && $Object.hasOwnProperty.call(m, "lastBatch") && (typeof m.lastBatch === "object" ? m.lastBatch.low || m.lastBatch.high : m.lastBatch !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).uint64(m.lastBatch);
                if (m.droppedBatches != null && $Object.hasOwnProperty.call(m, "droppedBatches") && (typeof m.droppedBatches === "object" ? m.droppedBatches.low || m.droppedBatches.high : m.droppedBatches !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).uint64(m.droppedBatches);
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.reason);
                if (m.droppedZoneMessages != null && $Object.hasOwnProperty.call(m, "droppedZoneMessages") && (typeof m.droppedZoneMessages === "object" ? m.droppedZoneMessages.low || m.droppedZoneMessages.high : m.droppedZoneMessages !== 0))
                    w.uint32(/* id 5, wireType 0 =*/40).uint64(m.droppedZoneMessages);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Gap message, length delimited. Does not implicitly {@link zonelet.v1.Gap.verify|verify} messages.
             * @function encodeDelimited
             * @memberof zonelet.v1.Gap
             * @static
             * @param {zonelet.v1.Gap.$Properties} message Gap message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Gap.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Gap message from the specified reader or buffer.
             * @function decode
             * @memberof zonelet.v1.Gap
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {zonelet.v1.Gap & zonelet.v1.Gap.$Shape} Gap
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Gap.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.zonelet.v1.Gap();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.firstBatch = v;
                            else
                                delete m.firstBatch;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.lastBatch = v;
                            else
                                delete m.lastBatch;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.droppedBatches = v;
                            else
                                delete m.droppedBatches;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.reason = v;
                            else
                                delete m.reason;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.droppedZoneMessages = v;
                            else
                                delete m.droppedZoneMessages;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a Gap message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof zonelet.v1.Gap
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {zonelet.v1.Gap & zonelet.v1.Gap.$Shape} Gap
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Gap.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Gap message.
             * @function verify
             * @memberof zonelet.v1.Gap
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Gap.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.firstBatch != null && $Object.hasOwnProperty.call(m, "firstBatch")) {
                    if (!$util.isInteger(m.firstBatch) && !(m.firstBatch && $util.isInteger(m.firstBatch.low) && $util.isInteger(m.firstBatch.high)))
                        return "firstBatch: integer|Long expected";
                }
                if (m.lastBatch != null && $Object.hasOwnProperty.call(m, "lastBatch")) {
                    if (!$util.isInteger(m.lastBatch) && !(m.lastBatch && $util.isInteger(m.lastBatch.low) && $util.isInteger(m.lastBatch.high)))
                        return "lastBatch: integer|Long expected";
                }
                if (m.droppedBatches != null && $Object.hasOwnProperty.call(m, "droppedBatches")) {
                    if (!$util.isInteger(m.droppedBatches) && !(m.droppedBatches && $util.isInteger(m.droppedBatches.low) && $util.isInteger(m.droppedBatches.high)))
                        return "droppedBatches: integer|Long expected";
                }
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                    if (!$util.isString(m.reason))
                        return "reason: string expected";
                }
                if (m.droppedZoneMessages != null && $Object.hasOwnProperty.call(m, "droppedZoneMessages")) {
                    if (!$util.isInteger(m.droppedZoneMessages) && !(m.droppedZoneMessages && $util.isInteger(m.droppedZoneMessages.low) && $util.isInteger(m.droppedZoneMessages.high)))
                        return "droppedZoneMessages: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a Gap message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof zonelet.v1.Gap
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {zonelet.v1.Gap} Gap
             */
            Gap.fromObject = function (d, q) {
                if (d instanceof $root.zonelet.v1.Gap)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".zonelet.v1.Gap: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.zonelet.v1.Gap();
                if (d.firstBatch != null) {
                    if (typeof d.firstBatch === "object" ? d.firstBatch.low || d.firstBatch.high : $Number(d.firstBatch) !== 0) {
                        if ($util.Long)
                            m.firstBatch = $util.Long.fromValue(d.firstBatch, true);
                        else if (typeof d.firstBatch === "string")
                            m.firstBatch = $parseInt(d.firstBatch, 10);
                        else if (typeof d.firstBatch === "number")
                            m.firstBatch = d.firstBatch;
                        else if (typeof d.firstBatch === "object")
                            m.firstBatch = new $util.LongBits(d.firstBatch.low >>> 0, d.firstBatch.high >>> 0).toNumber(true);
                    }
                }
                if (d.lastBatch != null) {
                    if (typeof d.lastBatch === "object" ? d.lastBatch.low || d.lastBatch.high : $Number(d.lastBatch) !== 0) {
                        if ($util.Long)
                            m.lastBatch = $util.Long.fromValue(d.lastBatch, true);
                        else if (typeof d.lastBatch === "string")
                            m.lastBatch = $parseInt(d.lastBatch, 10);
                        else if (typeof d.lastBatch === "number")
                            m.lastBatch = d.lastBatch;
                        else if (typeof d.lastBatch === "object")
                            m.lastBatch = new $util.LongBits(d.lastBatch.low >>> 0, d.lastBatch.high >>> 0).toNumber(true);
                    }
                }
                if (d.droppedBatches != null) {
                    if (typeof d.droppedBatches === "object" ? d.droppedBatches.low || d.droppedBatches.high : $Number(d.droppedBatches) !== 0) {
                        if ($util.Long)
                            m.droppedBatches = $util.Long.fromValue(d.droppedBatches, true);
                        else if (typeof d.droppedBatches === "string")
                            m.droppedBatches = $parseInt(d.droppedBatches, 10);
                        else if (typeof d.droppedBatches === "number")
                            m.droppedBatches = d.droppedBatches;
                        else if (typeof d.droppedBatches === "object")
                            m.droppedBatches = new $util.LongBits(d.droppedBatches.low >>> 0, d.droppedBatches.high >>> 0).toNumber(true);
                    }
                }
                if (d.reason != null) {
                    if (typeof d.reason !== "string" || d.reason.length) {
                        m.reason = $String(d.reason);
                    }
                }
                if (d.droppedZoneMessages != null) {
                    if (typeof d.droppedZoneMessages === "object" ? d.droppedZoneMessages.low || d.droppedZoneMessages.high : $Number(d.droppedZoneMessages) !== 0) {
                        if ($util.Long)
                            m.droppedZoneMessages = $util.Long.fromValue(d.droppedZoneMessages, true);
                        else if (typeof d.droppedZoneMessages === "string")
                            m.droppedZoneMessages = $parseInt(d.droppedZoneMessages, 10);
                        else if (typeof d.droppedZoneMessages === "number")
                            m.droppedZoneMessages = d.droppedZoneMessages;
                        else if (typeof d.droppedZoneMessages === "object")
                            m.droppedZoneMessages = new $util.LongBits(d.droppedZoneMessages.low >>> 0, d.droppedZoneMessages.high >>> 0).toNumber(true);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Gap message. Also converts values to other types if specified.
             * @function toObject
             * @memberof zonelet.v1.Gap
             * @static
             * @param {zonelet.v1.Gap} m Gap
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Gap.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.firstBatch = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.firstBatch = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.lastBatch = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.lastBatch = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.droppedBatches = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.droppedBatches = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.reason = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.droppedZoneMessages = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.droppedZoneMessages = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.firstBatch != null && $Object.hasOwnProperty.call(m, "firstBatch")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.firstBatch = typeof m.firstBatch === "number" ? $BigInt(m.firstBatch) : $util.Long.fromBits(m.firstBatch.low >>> 0, m.firstBatch.high >>> 0, true).toBigInt();
                    else if (typeof m.firstBatch === "number")
                        d.firstBatch = o.longs === $String ? $String(m.firstBatch) : m.firstBatch;
                    else
                        d.firstBatch = o.longs === $String ? $util.Long.prototype.toString.call(m.firstBatch) : o.longs === $Number ? new $util.LongBits(m.firstBatch.low >>> 0, m.firstBatch.high >>> 0).toNumber(true) : m.firstBatch;
                }
                if (m.lastBatch != null && $Object.hasOwnProperty.call(m, "lastBatch")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.lastBatch = typeof m.lastBatch === "number" ? $BigInt(m.lastBatch) : $util.Long.fromBits(m.lastBatch.low >>> 0, m.lastBatch.high >>> 0, true).toBigInt();
                    else if (typeof m.lastBatch === "number")
                        d.lastBatch = o.longs === $String ? $String(m.lastBatch) : m.lastBatch;
                    else
                        d.lastBatch = o.longs === $String ? $util.Long.prototype.toString.call(m.lastBatch) : o.longs === $Number ? new $util.LongBits(m.lastBatch.low >>> 0, m.lastBatch.high >>> 0).toNumber(true) : m.lastBatch;
                }
                if (m.droppedBatches != null && $Object.hasOwnProperty.call(m, "droppedBatches")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.droppedBatches = typeof m.droppedBatches === "number" ? $BigInt(m.droppedBatches) : $util.Long.fromBits(m.droppedBatches.low >>> 0, m.droppedBatches.high >>> 0, true).toBigInt();
                    else if (typeof m.droppedBatches === "number")
                        d.droppedBatches = o.longs === $String ? $String(m.droppedBatches) : m.droppedBatches;
                    else
                        d.droppedBatches = o.longs === $String ? $util.Long.prototype.toString.call(m.droppedBatches) : o.longs === $Number ? new $util.LongBits(m.droppedBatches.low >>> 0, m.droppedBatches.high >>> 0).toNumber(true) : m.droppedBatches;
                }
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                    d.reason = m.reason;
                }
                if (m.droppedZoneMessages != null && $Object.hasOwnProperty.call(m, "droppedZoneMessages")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.droppedZoneMessages = typeof m.droppedZoneMessages === "number" ? $BigInt(m.droppedZoneMessages) : $util.Long.fromBits(m.droppedZoneMessages.low >>> 0, m.droppedZoneMessages.high >>> 0, true).toBigInt();
                    else if (typeof m.droppedZoneMessages === "number")
                        d.droppedZoneMessages = o.longs === $String ? $String(m.droppedZoneMessages) : m.droppedZoneMessages;
                    else
                        d.droppedZoneMessages = o.longs === $String ? $util.Long.prototype.toString.call(m.droppedZoneMessages) : o.longs === $Number ? new $util.LongBits(m.droppedZoneMessages.low >>> 0, m.droppedZoneMessages.high >>> 0).toNumber(true) : m.droppedZoneMessages;
                }
                return d;
            };

            /**
             * Converts this Gap to JSON.
             * @function toJSON
             * @memberof zonelet.v1.Gap
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Gap.prototype.toJSON = function() {
                return Gap.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Gap
             * @function getTypeUrl
             * @memberof zonelet.v1.Gap
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Gap.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/zonelet.v1.Gap";
            };

            return Gap;
        })();

        v1.HostStatus = (function() {

            /**
             * Properties of a HostStatus.
             * @typedef {Object} zonelet.v1.HostStatus.$Properties
             * @property {number|Long|null} [timeMs] HostStatus timeMs
             * @property {number|Long|null} [uptimeSeconds] HostStatus uptimeSeconds
             * @property {number|null} [zonesTotal] HostStatus zonesTotal
             * @property {number|null} [zonesRunning] HostStatus zonesRunning
             * @property {number|Long|null} [spoolBytes] HostStatus spoolBytes
             * @property {number|Long|null} [droppedBatchesTotal] HostStatus droppedBatchesTotal
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HostStatus.
             * @memberof zonelet.v1
             * @interface IHostStatus
             * @augments zonelet.v1.HostStatus.$Properties
             * @deprecated Use zonelet.v1.HostStatus.$Properties instead.
             */

            /**
             * Shape of a HostStatus.
             * @typedef {zonelet.v1.HostStatus.$Properties} zonelet.v1.HostStatus.$Shape
             */

            /**
             * Constructs a new HostStatus.
             * @memberof zonelet.v1
             * @classdesc Represents a HostStatus.
             * @constructor
             * @param {zonelet.v1.HostStatus.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HostStatus = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * HostStatus timeMs.
             * @member {number|Long} timeMs
             * @memberof zonelet.v1.HostStatus
             * @instance
             */
            HostStatus.prototype.timeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * HostStatus uptimeSeconds.
             * @member {number|Long} uptimeSeconds
             * @memberof zonelet.v1.HostStatus
             * @instance
             */
            HostStatus.prototype.uptimeSeconds = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * HostStatus zonesTotal.
             * @member {number} zonesTotal
             * @memberof zonelet.v1.HostStatus
             * @instance
             */
            HostStatus.prototype.zonesTotal = 0;

            /**
             * HostStatus zonesRunning.
             * @member {number} zonesRunning
             * @memberof zonelet.v1.HostStatus
             * @instance
             */
            HostStatus.prototype.zonesRunning = 0;

            /**
             * HostStatus spoolBytes.
             * @member {number|Long} spoolBytes
             * @memberof zonelet.v1.HostStatus
             * @instance
             */
            HostStatus.prototype.spoolBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * HostStatus droppedBatchesTotal.
             * @member {number|Long} droppedBatchesTotal
             * @memberof zonelet.v1.HostStatus
             * @instance
             */
            HostStatus.prototype.droppedBatchesTotal = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new HostStatus instance using the specified properties.
             * @function create
             * @memberof zonelet.v1.HostStatus
             * @static
             * @param {zonelet.v1.HostStatus.$Properties=} [properties] Properties to set
             * @returns {zonelet.v1.HostStatus} HostStatus instance
             * @type {{
             *   (properties: zonelet.v1.HostStatus.$Shape): zonelet.v1.HostStatus & zonelet.v1.HostStatus.$Shape;
             *   (properties?: zonelet.v1.HostStatus.$Properties): zonelet.v1.HostStatus;
             * }}
             */
            HostStatus.create = function(properties) {
                return new HostStatus(properties);
            };

            /**
             * Encodes the specified HostStatus message. Does not implicitly {@link zonelet.v1.HostStatus.verify|verify} messages.
             * @function encode
             * @memberof zonelet.v1.HostStatus
             * @static
             * @param {zonelet.v1.HostStatus.$Properties} m HostStatus message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HostStatus.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs") && (typeof m.timeMs === "object" ? m.timeMs.low || m.timeMs.high : m.timeMs !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).int64(m.timeMs);
                if (m.uptimeSeconds != null && $Object.hasOwnProperty.call(m, "uptimeSeconds") && (typeof m.uptimeSeconds === "object" ? m.uptimeSeconds.low || m.uptimeSeconds.high : m.uptimeSeconds !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).uint64(m.uptimeSeconds);
                if (m.zonesTotal != null && $Object.hasOwnProperty.call(m, "zonesTotal") && m.zonesTotal !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).uint32(m.zonesTotal);
                if (m.zonesRunning != null && $Object.hasOwnProperty.call(m, "zonesRunning") && m.zonesRunning !== 0)
                    w.uint32(/* id 4, wireType 0 =*/32).uint32(m.zonesRunning);
                if (m.spoolBytes != null && $Object.hasOwnProperty.call(m, "spoolBytes") && (typeof m.spoolBytes === "object" ? m.spoolBytes.low || m.spoolBytes.high : m.spoolBytes !== 0))
                    w.uint32(/* id 5, wireType 0 =*/40).uint64(m.spoolBytes);
                if (m.droppedBatchesTotal != null && $Object.hasOwnProperty.call(m, "droppedBatchesTotal") && (typeof m.droppedBatchesTotal === "object" ? m.droppedBatchesTotal.low || m.droppedBatchesTotal.high : m.droppedBatchesTotal !== 0))
                    w.uint32(/* id 6, wireType 0 =*/48).uint64(m.droppedBatchesTotal);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified HostStatus message, length delimited. Does not implicitly {@link zonelet.v1.HostStatus.verify|verify} messages.
             * @function encodeDelimited
             * @memberof zonelet.v1.HostStatus
             * @static
             * @param {zonelet.v1.HostStatus.$Properties} message HostStatus message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HostStatus.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a HostStatus message from the specified reader or buffer.
             * @function decode
             * @memberof zonelet.v1.HostStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {zonelet.v1.HostStatus & zonelet.v1.HostStatus.$Shape} HostStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HostStatus.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.zonelet.v1.HostStatus();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.timeMs = v;
                            else
                                delete m.timeMs;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.uptimeSeconds = v;
                            else
                                delete m.uptimeSeconds;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.zonesTotal = v;
                            else
                                delete m.zonesTotal;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.zonesRunning = v;
                            else
                                delete m.zonesRunning;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.spoolBytes = v;
                            else
                                delete m.spoolBytes;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.droppedBatchesTotal = v;
                            else
                                delete m.droppedBatchesTotal;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a HostStatus message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof zonelet.v1.HostStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {zonelet.v1.HostStatus & zonelet.v1.HostStatus.$Shape} HostStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HostStatus.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a HostStatus message.
             * @function verify
             * @memberof zonelet.v1.HostStatus
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            HostStatus.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs")) {
                    if (!$util.isInteger(m.timeMs) && !(m.timeMs && $util.isInteger(m.timeMs.low) && $util.isInteger(m.timeMs.high)))
                        return "timeMs: integer|Long expected";
                }
                if (m.uptimeSeconds != null && $Object.hasOwnProperty.call(m, "uptimeSeconds")) {
                    if (!$util.isInteger(m.uptimeSeconds) && !(m.uptimeSeconds && $util.isInteger(m.uptimeSeconds.low) && $util.isInteger(m.uptimeSeconds.high)))
                        return "uptimeSeconds: integer|Long expected";
                }
                if (m.zonesTotal != null && $Object.hasOwnProperty.call(m, "zonesTotal")) {
                    if (!$util.isInteger(m.zonesTotal))
                        return "zonesTotal: integer expected";
                }
                if (m.zonesRunning != null && $Object.hasOwnProperty.call(m, "zonesRunning")) {
                    if (!$util.isInteger(m.zonesRunning))
                        return "zonesRunning: integer expected";
                }
                if (m.spoolBytes != null && $Object.hasOwnProperty.call(m, "spoolBytes")) {
                    if (!$util.isInteger(m.spoolBytes) && !(m.spoolBytes && $util.isInteger(m.spoolBytes.low) && $util.isInteger(m.spoolBytes.high)))
                        return "spoolBytes: integer|Long expected";
                }
                if (m.droppedBatchesTotal != null && $Object.hasOwnProperty.call(m, "droppedBatchesTotal")) {
                    if (!$util.isInteger(m.droppedBatchesTotal) && !(m.droppedBatchesTotal && $util.isInteger(m.droppedBatchesTotal.low) && $util.isInteger(m.droppedBatchesTotal.high)))
                        return "droppedBatchesTotal: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a HostStatus message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof zonelet.v1.HostStatus
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {zonelet.v1.HostStatus} HostStatus
             */
            HostStatus.fromObject = function (d, q) {
                if (d instanceof $root.zonelet.v1.HostStatus)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".zonelet.v1.HostStatus: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.zonelet.v1.HostStatus();
                if (d.timeMs != null) {
                    if (typeof d.timeMs === "object" ? d.timeMs.low || d.timeMs.high : $Number(d.timeMs) !== 0) {
                        if ($util.Long)
                            m.timeMs = $util.Long.fromValue(d.timeMs, false);
                        else if (typeof d.timeMs === "string")
                            m.timeMs = $parseInt(d.timeMs, 10);
                        else if (typeof d.timeMs === "number")
                            m.timeMs = d.timeMs;
                        else if (typeof d.timeMs === "object")
                            m.timeMs = new $util.LongBits(d.timeMs.low >>> 0, d.timeMs.high >>> 0).toNumber();
                    }
                }
                if (d.uptimeSeconds != null) {
                    if (typeof d.uptimeSeconds === "object" ? d.uptimeSeconds.low || d.uptimeSeconds.high : $Number(d.uptimeSeconds) !== 0) {
                        if ($util.Long)
                            m.uptimeSeconds = $util.Long.fromValue(d.uptimeSeconds, true);
                        else if (typeof d.uptimeSeconds === "string")
                            m.uptimeSeconds = $parseInt(d.uptimeSeconds, 10);
                        else if (typeof d.uptimeSeconds === "number")
                            m.uptimeSeconds = d.uptimeSeconds;
                        else if (typeof d.uptimeSeconds === "object")
                            m.uptimeSeconds = new $util.LongBits(d.uptimeSeconds.low >>> 0, d.uptimeSeconds.high >>> 0).toNumber(true);
                    }
                }
                if (d.zonesTotal != null) {
                    if ($Number(d.zonesTotal) !== 0) {
                        m.zonesTotal = d.zonesTotal >>> 0;
                    }
                }
                if (d.zonesRunning != null) {
                    if ($Number(d.zonesRunning) !== 0) {
                        m.zonesRunning = d.zonesRunning >>> 0;
                    }
                }
                if (d.spoolBytes != null) {
                    if (typeof d.spoolBytes === "object" ? d.spoolBytes.low || d.spoolBytes.high : $Number(d.spoolBytes) !== 0) {
                        if ($util.Long)
                            m.spoolBytes = $util.Long.fromValue(d.spoolBytes, true);
                        else if (typeof d.spoolBytes === "string")
                            m.spoolBytes = $parseInt(d.spoolBytes, 10);
                        else if (typeof d.spoolBytes === "number")
                            m.spoolBytes = d.spoolBytes;
                        else if (typeof d.spoolBytes === "object")
                            m.spoolBytes = new $util.LongBits(d.spoolBytes.low >>> 0, d.spoolBytes.high >>> 0).toNumber(true);
                    }
                }
                if (d.droppedBatchesTotal != null) {
                    if (typeof d.droppedBatchesTotal === "object" ? d.droppedBatchesTotal.low || d.droppedBatchesTotal.high : $Number(d.droppedBatchesTotal) !== 0) {
                        if ($util.Long)
                            m.droppedBatchesTotal = $util.Long.fromValue(d.droppedBatchesTotal, true);
                        else if (typeof d.droppedBatchesTotal === "string")
                            m.droppedBatchesTotal = $parseInt(d.droppedBatchesTotal, 10);
                        else if (typeof d.droppedBatchesTotal === "number")
                            m.droppedBatchesTotal = d.droppedBatchesTotal;
                        else if (typeof d.droppedBatchesTotal === "object")
                            m.droppedBatchesTotal = new $util.LongBits(d.droppedBatchesTotal.low >>> 0, d.droppedBatchesTotal.high >>> 0).toNumber(true);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a HostStatus message. Also converts values to other types if specified.
             * @function toObject
             * @memberof zonelet.v1.HostStatus
             * @static
             * @param {zonelet.v1.HostStatus} m HostStatus
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            HostStatus.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.timeMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.timeMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.uptimeSeconds = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.uptimeSeconds = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.zonesTotal = 0;
                    d.zonesRunning = 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.spoolBytes = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.spoolBytes = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.droppedBatchesTotal = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.droppedBatchesTotal = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.timeMs = typeof m.timeMs === "number" ? $BigInt(m.timeMs) : $util.Long.fromBits(m.timeMs.low >>> 0, m.timeMs.high >>> 0, false).toBigInt();
                    else if (typeof m.timeMs === "number")
                        d.timeMs = o.longs === $String ? $String(m.timeMs) : m.timeMs;
                    else
                        d.timeMs = o.longs === $String ? $util.Long.prototype.toString.call(m.timeMs) : o.longs === $Number ? new $util.LongBits(m.timeMs.low >>> 0, m.timeMs.high >>> 0).toNumber() : m.timeMs;
                }
                if (m.uptimeSeconds != null && $Object.hasOwnProperty.call(m, "uptimeSeconds")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.uptimeSeconds = typeof m.uptimeSeconds === "number" ? $BigInt(m.uptimeSeconds) : $util.Long.fromBits(m.uptimeSeconds.low >>> 0, m.uptimeSeconds.high >>> 0, true).toBigInt();
                    else if (typeof m.uptimeSeconds === "number")
                        d.uptimeSeconds = o.longs === $String ? $String(m.uptimeSeconds) : m.uptimeSeconds;
                    else
                        d.uptimeSeconds = o.longs === $String ? $util.Long.prototype.toString.call(m.uptimeSeconds) : o.longs === $Number ? new $util.LongBits(m.uptimeSeconds.low >>> 0, m.uptimeSeconds.high >>> 0).toNumber(true) : m.uptimeSeconds;
                }
                if (m.zonesTotal != null && $Object.hasOwnProperty.call(m, "zonesTotal")) {
                    d.zonesTotal = m.zonesTotal;
                }
                if (m.zonesRunning != null && $Object.hasOwnProperty.call(m, "zonesRunning")) {
                    d.zonesRunning = m.zonesRunning;
                }
                if (m.spoolBytes != null && $Object.hasOwnProperty.call(m, "spoolBytes")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.spoolBytes = typeof m.spoolBytes === "number" ? $BigInt(m.spoolBytes) : $util.Long.fromBits(m.spoolBytes.low >>> 0, m.spoolBytes.high >>> 0, true).toBigInt();
                    else if (typeof m.spoolBytes === "number")
                        d.spoolBytes = o.longs === $String ? $String(m.spoolBytes) : m.spoolBytes;
                    else
                        d.spoolBytes = o.longs === $String ? $util.Long.prototype.toString.call(m.spoolBytes) : o.longs === $Number ? new $util.LongBits(m.spoolBytes.low >>> 0, m.spoolBytes.high >>> 0).toNumber(true) : m.spoolBytes;
                }
                if (m.droppedBatchesTotal != null && $Object.hasOwnProperty.call(m, "droppedBatchesTotal")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.droppedBatchesTotal = typeof m.droppedBatchesTotal === "number" ? $BigInt(m.droppedBatchesTotal) : $util.Long.fromBits(m.droppedBatchesTotal.low >>> 0, m.droppedBatchesTotal.high >>> 0, true).toBigInt();
                    else if (typeof m.droppedBatchesTotal === "number")
                        d.droppedBatchesTotal = o.longs === $String ? $String(m.droppedBatchesTotal) : m.droppedBatchesTotal;
                    else
                        d.droppedBatchesTotal = o.longs === $String ? $util.Long.prototype.toString.call(m.droppedBatchesTotal) : o.longs === $Number ? new $util.LongBits(m.droppedBatchesTotal.low >>> 0, m.droppedBatchesTotal.high >>> 0).toNumber(true) : m.droppedBatchesTotal;
                }
                return d;
            };

            /**
             * Converts this HostStatus to JSON.
             * @function toJSON
             * @memberof zonelet.v1.HostStatus
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            HostStatus.prototype.toJSON = function() {
                return HostStatus.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for HostStatus
             * @function getTypeUrl
             * @memberof zonelet.v1.HostStatus
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            HostStatus.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/zonelet.v1.HostStatus";
            };

            return HostStatus;
        })();

        v1.Command = (function() {

            /**
             * Properties of a Command.
             * @typedef {Object} zonelet.v1.Command.$Properties
             * @property {string|null} [id] Command id
             * @property {string|null} [action] Command action
             * @property {string|null} [zoneUuid] Command zoneUuid
             * @property {string|null} [payloadJson] Command payloadJson
             * @property {number|Long|null} [deadlineMs] Command deadlineMs
             * @property {number|Long|null} [issuedMs] Command issuedMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Command.
             * @memberof zonelet.v1
             * @interface ICommand
             * @augments zonelet.v1.Command.$Properties
             * @deprecated Use zonelet.v1.Command.$Properties instead.
             */

            /**
             * Shape of a Command.
             * @typedef {zonelet.v1.Command.$Properties} zonelet.v1.Command.$Shape
             */

            /**
             * Constructs a new Command.
             * @memberof zonelet.v1
             * @classdesc Represents a Command.
             * @constructor
             * @param {zonelet.v1.Command.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Command = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Command id.
             * @member {string} id
             * @memberof zonelet.v1.Command
             * @instance
             */
            Command.prototype.id = "";

            /**
             * Command action.
             * @member {string} action
             * @memberof zonelet.v1.Command
             * @instance
             */
            Command.prototype.action = "";

            /**
             * Command zoneUuid.
             * @member {string} zoneUuid
             * @memberof zonelet.v1.Command
             * @instance
             */
            Command.prototype.zoneUuid = "";

            /**
             * Command payloadJson.
             * @member {string} payloadJson
             * @memberof zonelet.v1.Command
             * @instance
             */
            Command.prototype.payloadJson = "";

            /**
             * Command deadlineMs.
             * @member {number|Long} deadlineMs
             * @memberof zonelet.v1.Command
             * @instance
             */
            Command.prototype.deadlineMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Command issuedMs.
             * @member {number|Long} issuedMs
             * @memberof zonelet.v1.Command
             * @instance
             */
            Command.prototype.issuedMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new Command instance using the specified properties.
             * @function create
             * @memberof zonelet.v1.Command
             * @static
             * @param {zonelet.v1.Command.$Properties=} [properties] Properties to set
             * @returns {zonelet.v1.Command} Command instance
             * @type {{
             *   (properties: zonelet.v1.Command.$Shape): zonelet.v1.Command & zonelet.v1.Command.$Shape;
             *   (properties?: zonelet.v1.Command.$Properties): zonelet.v1.Command;
             * }}
             */
            Command.create = function(properties) {
                return new Command(properties);
            };

            /**
             * Encodes the specified Command message. Does not implicitly {@link zonelet.v1.Command.verify|verify} messages.
             * @function encode
             * @memberof zonelet.v1.Command
             * @static
             * @param {zonelet.v1.Command.$Properties} m Command message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Command.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.id);
                if (m.action != null && $Object.hasOwnProperty.call(m, "action") && m.action !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.action);
                if (m.zoneUuid != null && $Object.hasOwnProperty.call(m, "zoneUuid") && m.zoneUuid !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.zoneUuid);
                if (m.payloadJson != null && $Object.hasOwnProperty.call(m, "payloadJson") && m.payloadJson !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.payloadJson);
                if (m.deadlineMs != null && $Object.hasOwnProperty.call(m, "deadlineMs") && (typeof m.deadlineMs === "object" ? m.deadlineMs.low || m.deadlineMs.high : m.deadlineMs !== 0))
                    w.uint32(/* id 5, wireType 0 =*/40).int64(m.deadlineMs);
                if (m.issuedMs != null && $Object.hasOwnProperty.call(m, "issuedMs") && (typeof m.issuedMs === "object" ? m.issuedMs.low || m.issuedMs.high : m.issuedMs !== 0))
                    w.uint32(/* id 6, wireType 0 =*/48).int64(m.issuedMs);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Command message, length delimited. Does not implicitly {@link zonelet.v1.Command.verify|verify} messages.
             * @function encodeDelimited
             * @memberof zonelet.v1.Command
             * @static
             * @param {zonelet.v1.Command.$Properties} message Command message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Command.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Command message from the specified reader or buffer.
             * @function decode
             * @memberof zonelet.v1.Command
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {zonelet.v1.Command & zonelet.v1.Command.$Shape} Command
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Command.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.zonelet.v1.Command();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.id = v;
                            else
                                delete m.id;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.action = v;
                            else
                                delete m.action;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.zoneUuid = v;
                            else
                                delete m.zoneUuid;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.payloadJson = v;
                            else
                                delete m.payloadJson;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.deadlineMs = v;
                            else
                                delete m.deadlineMs;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.issuedMs = v;
                            else
                                delete m.issuedMs;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a Command message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof zonelet.v1.Command
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {zonelet.v1.Command & zonelet.v1.Command.$Shape} Command
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Command.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Command message.
             * @function verify
             * @memberof zonelet.v1.Command
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Command.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    if (!$util.isString(m.id))
                        return "id: string expected";
                }
                if (m.action != null && $Object.hasOwnProperty.call(m, "action")) {
                    if (!$util.isString(m.action))
                        return "action: string expected";
                }
                if (m.zoneUuid != null && $Object.hasOwnProperty.call(m, "zoneUuid")) {
                    if (!$util.isString(m.zoneUuid))
                        return "zoneUuid: string expected";
                }
                if (m.payloadJson != null && $Object.hasOwnProperty.call(m, "payloadJson")) {
                    if (!$util.isString(m.payloadJson))
                        return "payloadJson: string expected";
                }
                if (m.deadlineMs != null && $Object.hasOwnProperty.call(m, "deadlineMs")) {
                    if (!$util.isInteger(m.deadlineMs) && !(m.deadlineMs && $util.isInteger(m.deadlineMs.low) && $util.isInteger(m.deadlineMs.high)))
                        return "deadlineMs: integer|Long expected";
                }
                if (m.issuedMs != null && $Object.hasOwnProperty.call(m, "issuedMs")) {
                    if (!$util.isInteger(m.issuedMs) && !(m.issuedMs && $util.isInteger(m.issuedMs.low) && $util.isInteger(m.issuedMs.high)))
                        return "issuedMs: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a Command message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof zonelet.v1.Command
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {zonelet.v1.Command} Command
             */
            Command.fromObject = function (d, q) {
                if (d instanceof $root.zonelet.v1.Command)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".zonelet.v1.Command: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.zonelet.v1.Command();
                if (d.id != null) {
                    if (typeof d.id !== "string" || d.id.length) {
                        m.id = $String(d.id);
                    }
                }
                if (d.action != null) {
                    if (typeof d.action !== "string" || d.action.length) {
                        m.action = $String(d.action);
                    }
                }
                if (d.zoneUuid != null) {
                    if (typeof d.zoneUuid !== "string" || d.zoneUuid.length) {
                        m.zoneUuid = $String(d.zoneUuid);
                    }
                }
                if (d.payloadJson != null) {
                    if (typeof d.payloadJson !== "string" || d.payloadJson.length) {
                        m.payloadJson = $String(d.payloadJson);
                    }
                }
                if (d.deadlineMs != null) {
                    if (typeof d.deadlineMs === "object" ? d.deadlineMs.low || d.deadlineMs.high : $Number(d.deadlineMs) !== 0) {
                        if ($util.Long)
                            m.deadlineMs = $util.Long.fromValue(d.deadlineMs, false);
                        else if (typeof d.deadlineMs === "string")
                            m.deadlineMs = $parseInt(d.deadlineMs, 10);
                        else if (typeof d.deadlineMs === "number")
                            m.deadlineMs = d.deadlineMs;
                        else if (typeof d.deadlineMs === "object")
                            m.deadlineMs = new $util.LongBits(d.deadlineMs.low >>> 0, d.deadlineMs.high >>> 0).toNumber();
                    }
                }
                if (d.issuedMs != null) {
                    if (typeof d.issuedMs === "object" ? d.issuedMs.low || d.issuedMs.high : $Number(d.issuedMs) !== 0) {
                        if ($util.Long)
                            m.issuedMs = $util.Long.fromValue(d.issuedMs, false);
                        else if (typeof d.issuedMs === "string")
                            m.issuedMs = $parseInt(d.issuedMs, 10);
                        else if (typeof d.issuedMs === "number")
                            m.issuedMs = d.issuedMs;
                        else if (typeof d.issuedMs === "object")
                            m.issuedMs = new $util.LongBits(d.issuedMs.low >>> 0, d.issuedMs.high >>> 0).toNumber();
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Command message. Also converts values to other types if specified.
             * @function toObject
             * @memberof zonelet.v1.Command
             * @static
             * @param {zonelet.v1.Command} m Command
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Command.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.id = "";
                    d.action = "";
                    d.zoneUuid = "";
                    d.payloadJson = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.deadlineMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.deadlineMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.issuedMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.issuedMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    d.id = m.id;
                }
                if (m.action != null && $Object.hasOwnProperty.call(m, "action")) {
                    d.action = m.action;
                }
                if (m.zoneUuid != null && $Object.hasOwnProperty.call(m, "zoneUuid")) {
                    d.zoneUuid = m.zoneUuid;
                }
                if (m.payloadJson != null && $Object.hasOwnProperty.call(m, "payloadJson")) {
                    d.payloadJson = m.payloadJson;
                }
                if (m.deadlineMs != null && $Object.hasOwnProperty.call(m, "deadlineMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.deadlineMs = typeof m.deadlineMs === "number" ? $BigInt(m.deadlineMs) : $util.Long.fromBits(m.deadlineMs.low >>> 0, m.deadlineMs.high >>> 0, false).toBigInt();
                    else if (typeof m.deadlineMs === "number")
                        d.deadlineMs = o.longs === $String ? $String(m.deadlineMs) : m.deadlineMs;
                    else
                        d.deadlineMs = o.longs === $String ? $util.Long.prototype.toString.call(m.deadlineMs) : o.longs === $Number ? new $util.LongBits(m.deadlineMs.low >>> 0, m.deadlineMs.high >>> 0).toNumber() : m.deadlineMs;
                }
                if (m.issuedMs != null && $Object.hasOwnProperty.call(m, "issuedMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.issuedMs = typeof m.issuedMs === "number" ? $BigInt(m.issuedMs) : $util.Long.fromBits(m.issuedMs.low >>> 0, m.issuedMs.high >>> 0, false).toBigInt();
                    else if (typeof m.issuedMs === "number")
                        d.issuedMs = o.longs === $String ? $String(m.issuedMs) : m.issuedMs;
                    else
                        d.issuedMs = o.longs === $String ? $util.Long.prototype.toString.call(m.issuedMs) : o.longs === $Number ? new $util.LongBits(m.issuedMs.low >>> 0, m.issuedMs.high >>> 0).toNumber() : m.issuedMs;
                }
                return d;
            };

            /**
             * Converts this Command to JSON.
             * @function toJSON
             * @memberof zonelet.v1.Command
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Command.prototype.toJSON = function() {
                return Command.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Command
             * @function getTypeUrl
             * @memberof zonelet.v1.Command
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Command.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/zonelet.v1.Command";
            };

            return Command;
        })();

        v1.CommandProgress = (function() {

            /**
             * Properties of a CommandProgress.
             * @typedef {Object} zonelet.v1.CommandProgress.$Properties
             * @property {string|null} [id] CommandProgress id
             * @property {number|Long|null} [timeMs] CommandProgress timeMs
             * @property {string|null} [phase] CommandProgress phase
             * @property {string|null} [message] CommandProgress message
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CommandProgress.
             * @memberof zonelet.v1
             * @interface ICommandProgress
             * @augments zonelet.v1.CommandProgress.$Properties
             * @deprecated Use zonelet.v1.CommandProgress.$Properties instead.
             */

            /**
             * Shape of a CommandProgress.
             * @typedef {zonelet.v1.CommandProgress.$Properties} zonelet.v1.CommandProgress.$Shape
             */

            /**
             * Constructs a new CommandProgress.
             * @memberof zonelet.v1
             * @classdesc Represents a CommandProgress.
             * @constructor
             * @param {zonelet.v1.CommandProgress.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CommandProgress = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * CommandProgress id.
             * @member {string} id
             * @memberof zonelet.v1.CommandProgress
             * @instance
             */
            CommandProgress.prototype.id = "";

            /**
             * CommandProgress timeMs.
             * @member {number|Long} timeMs
             * @memberof zonelet.v1.CommandProgress
             * @instance
             */
            CommandProgress.prototype.timeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * CommandProgress phase.
             * @member {string} phase
             * @memberof zonelet.v1.CommandProgress
             * @instance
             */
            CommandProgress.prototype.phase = "";

            /**
             * CommandProgress message.
             * @member {string} message
             * @memberof zonelet.v1.CommandProgress
             * @instance
             */
            CommandProgress.prototype.message = "";

            /**
             * Creates a new CommandProgress instance using the specified properties.
             * @function create
             * @memberof zonelet.v1.CommandProgress
             * @static
             * @param {zonelet.v1.CommandProgress.$Properties=} [properties] Properties to set
             * @returns {zonelet.v1.CommandProgress} CommandProgress instance
             * @type {{
             *   (properties: zonelet.v1.CommandProgress.$Shape): zonelet.v1.CommandProgress & zonelet.v1.CommandProgress.$Shape;
             *   (properties?: zonelet.v1.CommandProgress.$Properties): zonelet.v1.CommandProgress;
             * }}
             */
            CommandProgress.create = function(properties) {
                return new CommandProgress(properties);
            };

            /**
             * Encodes the specified CommandProgress message. Does not implicitly {@link zonelet.v1.CommandProgress.verify|verify} messages.
             * @function encode
             * @memberof zonelet.v1.CommandProgress
             * @static
             * @param {zonelet.v1.CommandProgress.$Properties} m CommandProgress message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CommandProgress.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.id);
                if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs") && (typeof m.timeMs === "object" ? m.timeMs.low || m.timeMs.high : m.timeMs !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).int64(m.timeMs);
                if (m.phase != null && $Object.hasOwnProperty.call(m, "phase") && m.phase !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.phase);
                if (m.message != null && $Object.hasOwnProperty.call(m, "message") && m.message !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.message);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified CommandProgress message, length delimited. Does not implicitly {@link zonelet.v1.CommandProgress.verify|verify} messages.
             * @function encodeDelimited
             * @memberof zonelet.v1.CommandProgress
             * @static
             * @param {zonelet.v1.CommandProgress.$Properties} message CommandProgress message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CommandProgress.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a CommandProgress message from the specified reader or buffer.
             * @function decode
             * @memberof zonelet.v1.CommandProgress
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {zonelet.v1.CommandProgress & zonelet.v1.CommandProgress.$Shape} CommandProgress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CommandProgress.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.zonelet.v1.CommandProgress();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.id = v;
                            else
                                delete m.id;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.timeMs = v;
                            else
                                delete m.timeMs;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.phase = v;
                            else
                                delete m.phase;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.message = v;
                            else
                                delete m.message;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a CommandProgress message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof zonelet.v1.CommandProgress
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {zonelet.v1.CommandProgress & zonelet.v1.CommandProgress.$Shape} CommandProgress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CommandProgress.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a CommandProgress message.
             * @function verify
             * @memberof zonelet.v1.CommandProgress
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CommandProgress.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    if (!$util.isString(m.id))
                        return "id: string expected";
                }
                if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs")) {
                    if (!$util.isInteger(m.timeMs) && !(m.timeMs && $util.isInteger(m.timeMs.low) && $util.isInteger(m.timeMs.high)))
                        return "timeMs: integer|Long expected";
                }
                if (m.phase != null && $Object.hasOwnProperty.call(m, "phase")) {
                    if (!$util.isString(m.phase))
                        return "phase: string expected";
                }
                if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                    if (!$util.isString(m.message))
                        return "message: string expected";
                }
                return null;
            };

            /**
             * Creates a CommandProgress message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof zonelet.v1.CommandProgress
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {zonelet.v1.CommandProgress} CommandProgress
             */
            CommandProgress.fromObject = function (d, q) {
                if (d instanceof $root.zonelet.v1.CommandProgress)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".zonelet.v1.CommandProgress: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.zonelet.v1.CommandProgress();
                if (d.id != null) {
                    if (typeof d.id !== "string" || d.id.length) {
                        m.id = $String(d.id);
                    }
                }
                if (d.timeMs != null) {
                    if (typeof d.timeMs === "object" ? d.timeMs.low || d.timeMs.high : $Number(d.timeMs) !== 0) {
                        if ($util.Long)
                            m.timeMs = $util.Long.fromValue(d.timeMs, false);
                        else if (typeof d.timeMs === "string")
                            m.timeMs = $parseInt(d.timeMs, 10);
                        else if (typeof d.timeMs === "number")
                            m.timeMs = d.timeMs;
                        else if (typeof d.timeMs === "object")
                            m.timeMs = new $util.LongBits(d.timeMs.low >>> 0, d.timeMs.high >>> 0).toNumber();
                    }
                }
                if (d.phase != null) {
                    if (typeof d.phase !== "string" || d.phase.length) {
                        m.phase = $String(d.phase);
                    }
                }
                if (d.message != null) {
                    if (typeof d.message !== "string" || d.message.length) {
                        m.message = $String(d.message);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a CommandProgress message. Also converts values to other types if specified.
             * @function toObject
             * @memberof zonelet.v1.CommandProgress
             * @static
             * @param {zonelet.v1.CommandProgress} m CommandProgress
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CommandProgress.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.id = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.timeMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.timeMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.phase = "";
                    d.message = "";
                }
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    d.id = m.id;
                }
                if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.timeMs = typeof m.timeMs === "number" ? $BigInt(m.timeMs) : $util.Long.fromBits(m.timeMs.low >>> 0, m.timeMs.high >>> 0, false).toBigInt();
                    else if (typeof m.timeMs === "number")
                        d.timeMs = o.longs === $String ? $String(m.timeMs) : m.timeMs;
                    else
                        d.timeMs = o.longs === $String ? $util.Long.prototype.toString.call(m.timeMs) : o.longs === $Number ? new $util.LongBits(m.timeMs.low >>> 0, m.timeMs.high >>> 0).toNumber() : m.timeMs;
                }
                if (m.phase != null && $Object.hasOwnProperty.call(m, "phase")) {
                    d.phase = m.phase;
                }
                if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                    d.message = m.message;
                }
                return d;
            };

            /**
             * Converts this CommandProgress to JSON.
             * @function toJSON
             * @memberof zonelet.v1.CommandProgress
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CommandProgress.prototype.toJSON = function() {
                return CommandProgress.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CommandProgress
             * @function getTypeUrl
             * @memberof zonelet.v1.CommandProgress
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CommandProgress.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/zonelet.v1.CommandProgress";
            };

            return CommandProgress;
        })();

        v1.CommandResult = (function() {

            /**
             * Properties of a CommandResult.
             * @typedef {Object} zonelet.v1.CommandResult.$Properties
             * @property {string|null} [id] CommandResult id
             * @property {number|Long|null} [timeMs] CommandResult timeMs
             * @property {zonelet.v1.CommandResult.Status|null} [status] CommandResult status
             * @property {string|null} [message] CommandResult message
             * @property {string|null} [zoneUuid] CommandResult zoneUuid
             * @property {string|null} [detailJson] CommandResult detailJson
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CommandResult.
             * @memberof zonelet.v1
             * @interface ICommandResult
             * @augments zonelet.v1.CommandResult.$Properties
             * @deprecated Use zonelet.v1.CommandResult.$Properties instead.
             */

            /**
             * Shape of a CommandResult.
             * @typedef {zonelet.v1.CommandResult.$Properties} zonelet.v1.CommandResult.$Shape
             */

            /**
             * Constructs a new CommandResult.
             * @memberof zonelet.v1
             * @classdesc Represents a CommandResult.
             * @constructor
             * @param {zonelet.v1.CommandResult.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CommandResult = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * CommandResult id.
             * @member {string} id
             * @memberof zonelet.v1.CommandResult
             * @instance
             */
            CommandResult.prototype.id = "";

            /**
             * CommandResult timeMs.
             * @member {number|Long} timeMs
             * @memberof zonelet.v1.CommandResult
             * @instance
             */
            CommandResult.prototype.timeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * CommandResult status.
             * @member {zonelet.v1.CommandResult.Status} status
             * @memberof zonelet.v1.CommandResult
             * @instance
             */
            CommandResult.prototype.status = 0;

            /**
             * CommandResult message.
             * @member {string} message
             * @memberof zonelet.v1.CommandResult
             * @instance
             */
            CommandResult.prototype.message = "";

            /**
             * CommandResult zoneUuid.
             * @member {string} zoneUuid
             * @memberof zonelet.v1.CommandResult
             * @instance
             */
            CommandResult.prototype.zoneUuid = "";

            /**
             * CommandResult detailJson.
             * @member {string} detailJson
             * @memberof zonelet.v1.CommandResult
             * @instance
             */
            CommandResult.prototype.detailJson = "";

            /**
             * Creates a new CommandResult instance using the specified properties.
             * @function create
             * @memberof zonelet.v1.CommandResult
             * @static
             * @param {zonelet.v1.CommandResult.$Properties=} [properties] Properties to set
             * @returns {zonelet.v1.CommandResult} CommandResult instance
             * @type {{
             *   (properties: zonelet.v1.CommandResult.$Shape): zonelet.v1.CommandResult & zonelet.v1.CommandResult.$Shape;
             *   (properties?: zonelet.v1.CommandResult.$Properties): zonelet.v1.CommandResult;
             * }}
             */
            CommandResult.create = function(properties) {
                return new CommandResult(properties);
            };

            /**
             * Encodes the specified CommandResult message. Does not implicitly {@link zonelet.v1.CommandResult.verify|verify} messages.
             * @function encode
             * @memberof zonelet.v1.CommandResult
             * @static
             * @param {zonelet.v1.CommandResult.$Properties} m CommandResult message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CommandResult.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.id);
                if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs") && (typeof m.timeMs === "object" ? m.timeMs.low || m.timeMs.high : m.timeMs !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).int64(m.timeMs);
                if (m.status != null && $Object.hasOwnProperty.call(m, "status") && m.status !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).int32(m.status);
                if (m.message != null && $Object.hasOwnProperty.call(m, "message") && m.message !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.message);
                if (m.zoneUuid != null && $Object.hasOwnProperty.call(m, "zoneUuid") && m.zoneUuid !== "")
                    w.uint32(/* id 5, wireType 2 =*/42).string(m.zoneUuid);
                if (m.detailJson != null && $Object.hasOwnProperty.call(m, "detailJson") && m.detailJson !== "")
                    w.uint32(/* id 6, wireType 2 =*/50).string(m.detailJson);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified CommandResult message, length delimited. Does not implicitly {@link zonelet.v1.CommandResult.verify|verify} messages.
             * @function encodeDelimited
             * @memberof zonelet.v1.CommandResult
             * @static
             * @param {zonelet.v1.CommandResult.$Properties} message CommandResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CommandResult.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a CommandResult message from the specified reader or buffer.
             * @function decode
             * @memberof zonelet.v1.CommandResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {zonelet.v1.CommandResult & zonelet.v1.CommandResult.$Shape} CommandResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CommandResult.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.zonelet.v1.CommandResult();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.id = v;
                            else
                                delete m.id;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.timeMs = v;
                            else
                                delete m.timeMs;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.status = v;
                            else
                                delete m.status;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.message = v;
                            else
                                delete m.message;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.zoneUuid = v;
                            else
                                delete m.zoneUuid;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.detailJson = v;
                            else
                                delete m.detailJson;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a CommandResult message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof zonelet.v1.CommandResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {zonelet.v1.CommandResult & zonelet.v1.CommandResult.$Shape} CommandResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CommandResult.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a CommandResult message.
             * @function verify
             * @memberof zonelet.v1.CommandResult
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CommandResult.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    if (!$util.isString(m.id))
                        return "id: string expected";
                }
                if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs")) {
                    if (!$util.isInteger(m.timeMs) && !(m.timeMs && $util.isInteger(m.timeMs.low) && $util.isInteger(m.timeMs.high)))
                        return "timeMs: integer|Long expected";
                }
                if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                    if (typeof m.status !== "number" || (m.status | 0) !== m.status)
                        return "status: enum value expected";
                }
                if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                    if (!$util.isString(m.message))
                        return "message: string expected";
                }
                if (m.zoneUuid != null && $Object.hasOwnProperty.call(m, "zoneUuid")) {
                    if (!$util.isString(m.zoneUuid))
                        return "zoneUuid: string expected";
                }
                if (m.detailJson != null && $Object.hasOwnProperty.call(m, "detailJson")) {
                    if (!$util.isString(m.detailJson))
                        return "detailJson: string expected";
                }
                return null;
            };

            /**
             * Creates a CommandResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof zonelet.v1.CommandResult
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {zonelet.v1.CommandResult} CommandResult
             */
            CommandResult.fromObject = function (d, q) {
                if (d instanceof $root.zonelet.v1.CommandResult)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".zonelet.v1.CommandResult: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.zonelet.v1.CommandResult();
                if (d.id != null) {
                    if (typeof d.id !== "string" || d.id.length) {
                        m.id = $String(d.id);
                    }
                }
                if (d.timeMs != null) {
                    if (typeof d.timeMs === "object" ? d.timeMs.low || d.timeMs.high : $Number(d.timeMs) !== 0) {
                        if ($util.Long)
                            m.timeMs = $util.Long.fromValue(d.timeMs, false);
                        else if (typeof d.timeMs === "string")
                            m.timeMs = $parseInt(d.timeMs, 10);
                        else if (typeof d.timeMs === "number")
                            m.timeMs = d.timeMs;
                        else if (typeof d.timeMs === "object")
                            m.timeMs = new $util.LongBits(d.timeMs.low >>> 0, d.timeMs.high >>> 0).toNumber();
                    }
                }
                if (d.status !== 0 && (typeof d.status !== "string" || $root.zonelet.v1.CommandResult.Status[d.status] !== 0)) {
                    switch (d.status) {
                    case "STATUS_UNSPECIFIED":
                    case 0:
                        m.status = 0;
                        break;
                    case "OK":
                    case 1:
                        m.status = 1;
                        break;
                    case "FAILED":
                    case 2:
                        m.status = 2;
                        break;
                    case "REFUSED":
                    case 3:
                        m.status = 3;
                        break;
                    case "EXPIRED":
                    case 4:
                        m.status = 4;
                        break;
                    case "UNKNOWN":
                    case 5:
                        m.status = 5;
                        break;
                    default:
                        if (typeof d.status === "number" && (d.status | 0) === d.status)
                            m.status = d.status;
                    }
                }
                if (d.message != null) {
                    if (typeof d.message !== "string" || d.message.length) {
                        m.message = $String(d.message);
                    }
                }
                if (d.zoneUuid != null) {
                    if (typeof d.zoneUuid !== "string" || d.zoneUuid.length) {
                        m.zoneUuid = $String(d.zoneUuid);
                    }
                }
                if (d.detailJson != null) {
                    if (typeof d.detailJson !== "string" || d.detailJson.length) {
                        m.detailJson = $String(d.detailJson);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a CommandResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof zonelet.v1.CommandResult
             * @static
             * @param {zonelet.v1.CommandResult} m CommandResult
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CommandResult.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.id = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.timeMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.timeMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.status = o.enums === $String ? "STATUS_UNSPECIFIED" : 0;
                    d.message = "";
                    d.zoneUuid = "";
                    d.detailJson = "";
                }
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    d.id = m.id;
                }
                if (m.timeMs != null && $Object.hasOwnProperty.call(m, "timeMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.timeMs = typeof m.timeMs === "number" ? $BigInt(m.timeMs) : $util.Long.fromBits(m.timeMs.low >>> 0, m.timeMs.high >>> 0, false).toBigInt();
                    else if (typeof m.timeMs === "number")
                        d.timeMs = o.longs === $String ? $String(m.timeMs) : m.timeMs;
                    else
                        d.timeMs = o.longs === $String ? $util.Long.prototype.toString.call(m.timeMs) : o.longs === $Number ? new $util.LongBits(m.timeMs.low >>> 0, m.timeMs.high >>> 0).toNumber() : m.timeMs;
                }
                if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                    d.status = o.enums === $String ? $root.zonelet.v1.CommandResult.Status[m.status] === $undefined ? m.status : $root.zonelet.v1.CommandResult.Status[m.status] : m.status;
                }
                if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                    d.message = m.message;
                }
                if (m.zoneUuid != null && $Object.hasOwnProperty.call(m, "zoneUuid")) {
                    d.zoneUuid = m.zoneUuid;
                }
                if (m.detailJson != null && $Object.hasOwnProperty.call(m, "detailJson")) {
                    d.detailJson = m.detailJson;
                }
                return d;
            };

            /**
             * Converts this CommandResult to JSON.
             * @function toJSON
             * @memberof zonelet.v1.CommandResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CommandResult.prototype.toJSON = function() {
                return CommandResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CommandResult
             * @function getTypeUrl
             * @memberof zonelet.v1.CommandResult
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CommandResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/zonelet.v1.CommandResult";
            };

            /**
             * Status enum.
             * @name zonelet.v1.CommandResult.Status
             * @enum {number}
             * @property {number} STATUS_UNSPECIFIED=0 STATUS_UNSPECIFIED value
             * @property {number} OK=1 OK value
             * @property {number} FAILED=2 FAILED value
             * @property {number} REFUSED=3 REFUSED value
             * @property {number} EXPIRED=4 EXPIRED value
             * @property {number} UNKNOWN=5 UNKNOWN value
             */
            CommandResult.Status = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "STATUS_UNSPECIFIED"] = 0;
                values[valuesById[1] = "OK"] = 1;
                values[valuesById[2] = "FAILED"] = 2;
                values[valuesById[3] = "REFUSED"] = 3;
                values[valuesById[4] = "EXPIRED"] = 4;
                values[valuesById[5] = "UNKNOWN"] = 5;
                return values;
            })();

            return CommandResult;
        })();

        v1.Ack = (function() {

            /**
             * Properties of an Ack.
             * @typedef {Object} zonelet.v1.Ack.$Properties
             * @property {number|Long|null} [seq] Ack seq
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Ack.
             * @memberof zonelet.v1
             * @interface IAck
             * @augments zonelet.v1.Ack.$Properties
             * @deprecated Use zonelet.v1.Ack.$Properties instead.
             */

            /**
             * Shape of an Ack.
             * @typedef {zonelet.v1.Ack.$Properties} zonelet.v1.Ack.$Shape
             */

            /**
             * Constructs a new Ack.
             * @memberof zonelet.v1
             * @classdesc Represents an Ack.
             * @constructor
             * @param {zonelet.v1.Ack.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Ack = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Ack seq.
             * @member {number|Long} seq
             * @memberof zonelet.v1.Ack
             * @instance
             */
            Ack.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Ack instance using the specified properties.
             * @function create
             * @memberof zonelet.v1.Ack
             * @static
             * @param {zonelet.v1.Ack.$Properties=} [properties] Properties to set
             * @returns {zonelet.v1.Ack} Ack instance
             * @type {{
             *   (properties: zonelet.v1.Ack.$Shape): zonelet.v1.Ack & zonelet.v1.Ack.$Shape;
             *   (properties?: zonelet.v1.Ack.$Properties): zonelet.v1.Ack;
             * }}
             */
            Ack.create = function(properties) {
                return new Ack(properties);
            };

            /**
             * Encodes the specified Ack message. Does not implicitly {@link zonelet.v1.Ack.verify|verify} messages.
             * @function encode
             * @memberof zonelet.v1.Ack
             * @static
             * @param {zonelet.v1.Ack.$Properties} m Ack message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Ack.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq") && (typeof m.seq === "object" ? m.seq.low || m.seq.high : m.seq !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).uint64(m.seq);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Ack message, length delimited. Does not implicitly {@link zonelet.v1.Ack.verify|verify} messages.
             * @function encodeDelimited
             * @memberof zonelet.v1.Ack
             * @static
             * @param {zonelet.v1.Ack.$Properties} message Ack message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Ack.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Ack message from the specified reader or buffer.
             * @function decode
             * @memberof zonelet.v1.Ack
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {zonelet.v1.Ack & zonelet.v1.Ack.$Shape} Ack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Ack.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.zonelet.v1.Ack();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.seq = v;
                            else
                                delete m.seq;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes an Ack message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof zonelet.v1.Ack
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {zonelet.v1.Ack & zonelet.v1.Ack.$Shape} Ack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Ack.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Ack message.
             * @function verify
             * @memberof zonelet.v1.Ack
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Ack.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq")) {
                    if (!$util.isInteger(m.seq) && !(m.seq && $util.isInteger(m.seq.low) && $util.isInteger(m.seq.high)))
                        return "seq: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates an Ack message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof zonelet.v1.Ack
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {zonelet.v1.Ack} Ack
             */
            Ack.fromObject = function (d, q) {
                if (d instanceof $root.zonelet.v1.Ack)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".zonelet.v1.Ack: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.zonelet.v1.Ack();
                if (d.seq != null) {
                    if (typeof d.seq === "object" ? d.seq.low || d.seq.high : $Number(d.seq) !== 0) {
                        if ($util.Long)
                            m.seq = $util.Long.fromValue(d.seq, true);
                        else if (typeof d.seq === "string")
                            m.seq = $parseInt(d.seq, 10);
                        else if (typeof d.seq === "number")
                            m.seq = d.seq;
                        else if (typeof d.seq === "object")
                            m.seq = new $util.LongBits(d.seq.low >>> 0, d.seq.high >>> 0).toNumber(true);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an Ack message. Also converts values to other types if specified.
             * @function toObject
             * @memberof zonelet.v1.Ack
             * @static
             * @param {zonelet.v1.Ack} m Ack
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Ack.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.seq = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.seq = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.seq = typeof m.seq === "number" ? $BigInt(m.seq) : $util.Long.fromBits(m.seq.low >>> 0, m.seq.high >>> 0, true).toBigInt();
                    else if (typeof m.seq === "number")
                        d.seq = o.longs === $String ? $String(m.seq) : m.seq;
                    else
                        d.seq = o.longs === $String ? $util.Long.prototype.toString.call(m.seq) : o.longs === $Number ? new $util.LongBits(m.seq.low >>> 0, m.seq.high >>> 0).toNumber(true) : m.seq;
                }
                return d;
            };

            /**
             * Converts this Ack to JSON.
             * @function toJSON
             * @memberof zonelet.v1.Ack
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Ack.prototype.toJSON = function() {
                return Ack.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Ack
             * @function getTypeUrl
             * @memberof zonelet.v1.Ack
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Ack.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/zonelet.v1.Ack";
            };

            return Ack;
        })();

        v1.Error = (function() {

            /**
             * Properties of an Error.
             * @typedef {Object} zonelet.v1.Error.$Properties
             * @property {zonelet.v1.Error.Code|null} [code] Error code
             * @property {string|null} [message] Error message
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Error.
             * @memberof zonelet.v1
             * @interface IError
             * @augments zonelet.v1.Error.$Properties
             * @deprecated Use zonelet.v1.Error.$Properties instead.
             */

            /**
             * Shape of an Error.
             * @typedef {zonelet.v1.Error.$Properties} zonelet.v1.Error.$Shape
             */

            /**
             * Constructs a new Error.
             * @memberof zonelet.v1
             * @classdesc Represents an Error.
             * @constructor
             * @param {zonelet.v1.Error.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Error = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Error code.
             * @member {zonelet.v1.Error.Code} code
             * @memberof zonelet.v1.Error
             * @instance
             */
            Error.prototype.code = 0;

            /**
             * Error message.
             * @member {string} message
             * @memberof zonelet.v1.Error
             * @instance
             */
            Error.prototype.message = "";

            /**
             * Creates a new Error instance using the specified properties.
             * @function create
             * @memberof zonelet.v1.Error
             * @static
             * @param {zonelet.v1.Error.$Properties=} [properties] Properties to set
             * @returns {zonelet.v1.Error} Error instance
             * @type {{
             *   (properties: zonelet.v1.Error.$Shape): zonelet.v1.Error & zonelet.v1.Error.$Shape;
             *   (properties?: zonelet.v1.Error.$Properties): zonelet.v1.Error;
             * }}
             */
            Error.create = function(properties) {
                return new Error(properties);
            };

            /**
             * Encodes the specified Error message. Does not implicitly {@link zonelet.v1.Error.verify|verify} messages.
             * @function encode
             * @memberof zonelet.v1.Error
             * @static
             * @param {zonelet.v1.Error.$Properties} m Error message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Error.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.code != null && $Object.hasOwnProperty.call(m, "code") && m.code !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).int32(m.code);
                if (m.message != null && $Object.hasOwnProperty.call(m, "message") && m.message !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.message);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Error message, length delimited. Does not implicitly {@link zonelet.v1.Error.verify|verify} messages.
             * @function encodeDelimited
             * @memberof zonelet.v1.Error
             * @static
             * @param {zonelet.v1.Error.$Properties} message Error message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Error.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Error message from the specified reader or buffer.
             * @function decode
             * @memberof zonelet.v1.Error
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {zonelet.v1.Error & zonelet.v1.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Error.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.zonelet.v1.Error();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.code = v;
                            else
                                delete m.code;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.message = v;
                            else
                                delete m.message;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes an Error message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof zonelet.v1.Error
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {zonelet.v1.Error & zonelet.v1.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Error.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Error message.
             * @function verify
             * @memberof zonelet.v1.Error
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Error.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.code != null && $Object.hasOwnProperty.call(m, "code")) {
                    if (typeof m.code !== "number" || (m.code | 0) !== m.code)
                        return "code: enum value expected";
                }
                if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                    if (!$util.isString(m.message))
                        return "message: string expected";
                }
                return null;
            };

            /**
             * Creates an Error message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof zonelet.v1.Error
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {zonelet.v1.Error} Error
             */
            Error.fromObject = function (d, q) {
                if (d instanceof $root.zonelet.v1.Error)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".zonelet.v1.Error: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.zonelet.v1.Error();
                if (d.code !== 0 && (typeof d.code !== "string" || $root.zonelet.v1.Error.Code[d.code] !== 0)) {
                    switch (d.code) {
                    case "CODE_UNSPECIFIED":
                    case 0:
                        m.code = 0;
                        break;
                    case "BAD_FRAME":
                    case 1:
                        m.code = 1;
                        break;
                    case "UNSUPPORTED_VERSION":
                    case 2:
                        m.code = 2;
                        break;
                    case "UNAUTHENTICATED":
                    case 3:
                        m.code = 3;
                        break;
                    case "PROTOCOL":
                    case 4:
                        m.code = 4;
                        break;
                    case "INTERNAL":
                    case 5:
                        m.code = 5;
                        break;
                    default:
                        if (typeof d.code === "number" && (d.code | 0) === d.code)
                            m.code = d.code;
                    }
                }
                if (d.message != null) {
                    if (typeof d.message !== "string" || d.message.length) {
                        m.message = $String(d.message);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an Error message. Also converts values to other types if specified.
             * @function toObject
             * @memberof zonelet.v1.Error
             * @static
             * @param {zonelet.v1.Error} m Error
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Error.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.code = o.enums === $String ? "CODE_UNSPECIFIED" : 0;
                    d.message = "";
                }
                if (m.code != null && $Object.hasOwnProperty.call(m, "code")) {
                    d.code = o.enums === $String ? $root.zonelet.v1.Error.Code[m.code] === $undefined ? m.code : $root.zonelet.v1.Error.Code[m.code] : m.code;
                }
                if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                    d.message = m.message;
                }
                return d;
            };

            /**
             * Converts this Error to JSON.
             * @function toJSON
             * @memberof zonelet.v1.Error
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Error.prototype.toJSON = function() {
                return Error.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Error
             * @function getTypeUrl
             * @memberof zonelet.v1.Error
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Error.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/zonelet.v1.Error";
            };

            /**
             * Code enum.
             * @name zonelet.v1.Error.Code
             * @enum {number}
             * @property {number} CODE_UNSPECIFIED=0 CODE_UNSPECIFIED value
             * @property {number} BAD_FRAME=1 BAD_FRAME value
             * @property {number} UNSUPPORTED_VERSION=2 UNSUPPORTED_VERSION value
             * @property {number} UNAUTHENTICATED=3 UNAUTHENTICATED value
             * @property {number} PROTOCOL=4 PROTOCOL value
             * @property {number} INTERNAL=5 INTERNAL value
             */
            Error.Code = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "CODE_UNSPECIFIED"] = 0;
                values[valuesById[1] = "BAD_FRAME"] = 1;
                values[valuesById[2] = "UNSUPPORTED_VERSION"] = 2;
                values[valuesById[3] = "UNAUTHENTICATED"] = 3;
                values[valuesById[4] = "PROTOCOL"] = 4;
                values[valuesById[5] = "INTERNAL"] = 5;
                return values;
            })();

            return Error;
        })();

        return v1;
    })();

    return zonelet;
})();

export {
  $root as default
};
