import * as $protobuf from "protobufjs/minimal.js";
import Long = require("long");

/** Namespace zonelet. */
export namespace zonelet {

    /** Namespace v1. */
    namespace v1 {

        /**
         * Properties of an Envelope.
         * @deprecated Use zonelet.v1.Envelope.$Properties instead.
         */
        interface IEnvelope extends zonelet.v1.Envelope.$Properties {
        }

        /** Represents an Envelope. */
        class Envelope {

            /**
             * Constructs a new Envelope.
             * @param [p] Properties to set
             */
            constructor(p?: zonelet.v1.Envelope.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Envelope seq. */
            seq: (number|Long);

            /** Envelope ack. */
            ack?: (number|Long|null);

            /** Envelope hello. */
            hello?: (zonelet.v1.AgentHello.$Properties|null);

            /** Envelope welcome. */
            welcome?: (zonelet.v1.HubWelcome.$Properties|null);

            /** Envelope zoneSnapshot. */
            zoneSnapshot?: (zonelet.v1.ZoneSnapshot.$Properties|null);

            /** Envelope zoneChange. */
            zoneChange?: (zonelet.v1.ZoneChange.$Properties|null);

            /** Envelope dictionary. */
            dictionary?: (zonelet.v1.SeriesDictionary.$Properties|null);

            /** Envelope metrics. */
            metrics?: (zonelet.v1.MetricsBatch.$Properties|null);

            /** Envelope gap. */
            gap?: (zonelet.v1.Gap.$Properties|null);

            /** Envelope hostStatus. */
            hostStatus?: (zonelet.v1.HostStatus.$Properties|null);

            /** Envelope command. */
            command?: (zonelet.v1.Command.$Properties|null);

            /** Envelope commandProgress. */
            commandProgress?: (zonelet.v1.CommandProgress.$Properties|null);

            /** Envelope commandResult. */
            commandResult?: (zonelet.v1.CommandResult.$Properties|null);

            /** Envelope ackMsg. */
            ackMsg?: (zonelet.v1.Ack.$Properties|null);

            /** Envelope error. */
            error?: (zonelet.v1.Error.$Properties|null);

            /** Envelope body. */
            body?: ("hello"|"welcome"|"zoneSnapshot"|"zoneChange"|"dictionary"|"metrics"|"gap"|"hostStatus"|"command"|"commandProgress"|"commandResult"|"ackMsg"|"error");

            /**
             * Creates a new Envelope instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Envelope instance
             */
            static create(properties: zonelet.v1.Envelope.$Shape): zonelet.v1.Envelope & zonelet.v1.Envelope.$Shape;
            static create(properties?: zonelet.v1.Envelope.$Properties): zonelet.v1.Envelope;

            /**
             * Encodes the specified Envelope message. Does not implicitly {@link zonelet.v1.Envelope.verify|verify} messages.
             * @param m Envelope message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: zonelet.v1.Envelope.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Envelope message, length delimited. Does not implicitly {@link zonelet.v1.Envelope.verify|verify} messages.
             * @param message Envelope message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: zonelet.v1.Envelope.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Envelope message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {zonelet.v1.Envelope & zonelet.v1.Envelope.$Shape} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): zonelet.v1.Envelope & zonelet.v1.Envelope.$Shape;

            /**
             * Decodes an Envelope message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {zonelet.v1.Envelope & zonelet.v1.Envelope.$Shape} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zonelet.v1.Envelope & zonelet.v1.Envelope.$Shape;

            /**
             * Verifies an Envelope message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates an Envelope message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Envelope
             */
            static fromObject(d: { [k: string]: any }): zonelet.v1.Envelope;

            /**
             * Creates a plain object from an Envelope message. Also converts values to other types if specified.
             * @param m Envelope
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: zonelet.v1.Envelope, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Envelope to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Envelope
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Envelope {

            /** Properties of an Envelope. */
            interface $Properties {

                /** Envelope seq */
                seq?: (number|Long|null);

                /** Envelope ack */
                ack?: (number|Long|null);

                /** Envelope hello */
                hello?: (zonelet.v1.AgentHello.$Properties|null);

                /** Envelope welcome */
                welcome?: (zonelet.v1.HubWelcome.$Properties|null);

                /** Envelope zoneSnapshot */
                zoneSnapshot?: (zonelet.v1.ZoneSnapshot.$Properties|null);

                /** Envelope zoneChange */
                zoneChange?: (zonelet.v1.ZoneChange.$Properties|null);

                /** Envelope dictionary */
                dictionary?: (zonelet.v1.SeriesDictionary.$Properties|null);

                /** Envelope metrics */
                metrics?: (zonelet.v1.MetricsBatch.$Properties|null);

                /** Envelope gap */
                gap?: (zonelet.v1.Gap.$Properties|null);

                /** Envelope hostStatus */
                hostStatus?: (zonelet.v1.HostStatus.$Properties|null);

                /** Envelope command */
                command?: (zonelet.v1.Command.$Properties|null);

                /** Envelope commandProgress */
                commandProgress?: (zonelet.v1.CommandProgress.$Properties|null);

                /** Envelope commandResult */
                commandResult?: (zonelet.v1.CommandResult.$Properties|null);

                /** Envelope ackMsg */
                ackMsg?: (zonelet.v1.Ack.$Properties|null);

                /** Envelope error */
                error?: (zonelet.v1.Error.$Properties|null);

                /** Envelope body */
                body?: ("hello"|"welcome"|"zoneSnapshot"|"zoneChange"|"dictionary"|"metrics"|"gap"|"hostStatus"|"command"|"commandProgress"|"commandResult"|"ackMsg"|"error");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of an Envelope. */
            type $Shape = {
              seq?: number|Long|null;
              ack?: number|Long|null;
              hello?: zonelet.v1.AgentHello.$Shape|null;
              welcome?: zonelet.v1.HubWelcome.$Shape|null;
              zoneSnapshot?: zonelet.v1.ZoneSnapshot.$Shape|null;
              zoneChange?: zonelet.v1.ZoneChange.$Shape|null;
              dictionary?: zonelet.v1.SeriesDictionary.$Shape|null;
              metrics?: zonelet.v1.MetricsBatch.$Shape|null;
              gap?: zonelet.v1.Gap.$Shape|null;
              hostStatus?: zonelet.v1.HostStatus.$Shape|null;
              command?: zonelet.v1.Command.$Shape|null;
              commandProgress?: zonelet.v1.CommandProgress.$Shape|null;
              commandResult?: zonelet.v1.CommandResult.$Shape|null;
              ackMsg?: zonelet.v1.Ack.$Shape|null;
              error?: zonelet.v1.Error.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; hello?: null; welcome?: null; zoneSnapshot?: null; zoneChange?: null; dictionary?: null; metrics?: null; gap?: null; hostStatus?: null; command?: null; commandProgress?: null; commandResult?: null; ackMsg?: null; error?: null }|{ body?: "hello"; hello: zonelet.v1.AgentHello.$Shape; welcome?: null; zoneSnapshot?: null; zoneChange?: null; dictionary?: null; metrics?: null; gap?: null; hostStatus?: null; command?: null; commandProgress?: null; commandResult?: null; ackMsg?: null; error?: null }|{ body?: "welcome"; hello?: null; welcome: zonelet.v1.HubWelcome.$Shape; zoneSnapshot?: null; zoneChange?: null; dictionary?: null; metrics?: null; gap?: null; hostStatus?: null; command?: null; commandProgress?: null; commandResult?: null; ackMsg?: null; error?: null }|{ body?: "zoneSnapshot"; hello?: null; welcome?: null; zoneSnapshot: zonelet.v1.ZoneSnapshot.$Shape; zoneChange?: null; dictionary?: null; metrics?: null; gap?: null; hostStatus?: null; command?: null; commandProgress?: null; commandResult?: null; ackMsg?: null; error?: null }|{ body?: "zoneChange"; hello?: null; welcome?: null; zoneSnapshot?: null; zoneChange: zonelet.v1.ZoneChange.$Shape; dictionary?: null; metrics?: null; gap?: null; hostStatus?: null; command?: null; commandProgress?: null; commandResult?: null; ackMsg?: null; error?: null }|{ body?: "dictionary"; hello?: null; welcome?: null; zoneSnapshot?: null; zoneChange?: null; dictionary: zonelet.v1.SeriesDictionary.$Shape; metrics?: null; gap?: null; hostStatus?: null; command?: null; commandProgress?: null; commandResult?: null; ackMsg?: null; error?: null }|{ body?: "metrics"; hello?: null; welcome?: null; zoneSnapshot?: null; zoneChange?: null; dictionary?: null; metrics: zonelet.v1.MetricsBatch.$Shape; gap?: null; hostStatus?: null; command?: null; commandProgress?: null; commandResult?: null; ackMsg?: null; error?: null }|{ body?: "gap"; hello?: null; welcome?: null; zoneSnapshot?: null; zoneChange?: null; dictionary?: null; metrics?: null; gap: zonelet.v1.Gap.$Shape; hostStatus?: null; command?: null; commandProgress?: null; commandResult?: null; ackMsg?: null; error?: null }|{ body?: "hostStatus"; hello?: null; welcome?: null; zoneSnapshot?: null; zoneChange?: null; dictionary?: null; metrics?: null; gap?: null; hostStatus: zonelet.v1.HostStatus.$Shape; command?: null; commandProgress?: null; commandResult?: null; ackMsg?: null; error?: null }|{ body?: "command"; hello?: null; welcome?: null; zoneSnapshot?: null; zoneChange?: null; dictionary?: null; metrics?: null; gap?: null; hostStatus?: null; command: zonelet.v1.Command.$Shape; commandProgress?: null; commandResult?: null; ackMsg?: null; error?: null }|{ body?: "commandProgress"; hello?: null; welcome?: null; zoneSnapshot?: null; zoneChange?: null; dictionary?: null; metrics?: null; gap?: null; hostStatus?: null; command?: null; commandProgress: zonelet.v1.CommandProgress.$Shape; commandResult?: null; ackMsg?: null; error?: null }|{ body?: "commandResult"; hello?: null; welcome?: null; zoneSnapshot?: null; zoneChange?: null; dictionary?: null; metrics?: null; gap?: null; hostStatus?: null; command?: null; commandProgress?: null; commandResult: zonelet.v1.CommandResult.$Shape; ackMsg?: null; error?: null }|{ body?: "ackMsg"; hello?: null; welcome?: null; zoneSnapshot?: null; zoneChange?: null; dictionary?: null; metrics?: null; gap?: null; hostStatus?: null; command?: null; commandProgress?: null; commandResult?: null; ackMsg: zonelet.v1.Ack.$Shape; error?: null }|{ body?: "error"; hello?: null; welcome?: null; zoneSnapshot?: null; zoneChange?: null; dictionary?: null; metrics?: null; gap?: null; hostStatus?: null; command?: null; commandProgress?: null; commandResult?: null; ackMsg?: null; error: zonelet.v1.Error.$Shape })
            );
        }

        /**
         * Properties of an AgentHello.
         * @deprecated Use zonelet.v1.AgentHello.$Properties instead.
         */
        interface IAgentHello extends zonelet.v1.AgentHello.$Properties {
        }

        /** Represents an AgentHello. */
        class AgentHello {

            /**
             * Constructs a new AgentHello.
             * @param [p] Properties to set
             */
            constructor(p?: zonelet.v1.AgentHello.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AgentHello supportedVersions. */
            supportedVersions: number[];

            /** AgentHello hostUuid. */
            hostUuid: string;

            /** AgentHello hostname. */
            hostname: string;

            /** AgentHello agentVersion. */
            agentVersion: string;

            /** AgentHello bootId. */
            bootId: string;

            /** AgentHello streamId. */
            streamId: string;

            /** AgentHello firstSeq. */
            firstSeq: (number|Long);

            /** AgentHello lastSeq. */
            lastSeq: (number|Long);

            /** AgentHello platform. */
            platform: string;

            /**
             * Creates a new AgentHello instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AgentHello instance
             */
            static create(properties: zonelet.v1.AgentHello.$Shape): zonelet.v1.AgentHello & zonelet.v1.AgentHello.$Shape;
            static create(properties?: zonelet.v1.AgentHello.$Properties): zonelet.v1.AgentHello;

            /**
             * Encodes the specified AgentHello message. Does not implicitly {@link zonelet.v1.AgentHello.verify|verify} messages.
             * @param m AgentHello message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: zonelet.v1.AgentHello.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified AgentHello message, length delimited. Does not implicitly {@link zonelet.v1.AgentHello.verify|verify} messages.
             * @param message AgentHello message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: zonelet.v1.AgentHello.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AgentHello message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {zonelet.v1.AgentHello & zonelet.v1.AgentHello.$Shape} AgentHello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): zonelet.v1.AgentHello & zonelet.v1.AgentHello.$Shape;

            /**
             * Decodes an AgentHello message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {zonelet.v1.AgentHello & zonelet.v1.AgentHello.$Shape} AgentHello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zonelet.v1.AgentHello & zonelet.v1.AgentHello.$Shape;

            /**
             * Verifies an AgentHello message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates an AgentHello message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns AgentHello
             */
            static fromObject(d: { [k: string]: any }): zonelet.v1.AgentHello;

            /**
             * Creates a plain object from an AgentHello message. Also converts values to other types if specified.
             * @param m AgentHello
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: zonelet.v1.AgentHello, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AgentHello to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AgentHello
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AgentHello {

            /** Properties of an AgentHello. */
            interface $Properties {

                /** AgentHello supportedVersions */
                supportedVersions?: (number[]|null);

                /** AgentHello hostUuid */
                hostUuid?: (string|null);

                /** AgentHello hostname */
                hostname?: (string|null);

                /** AgentHello agentVersion */
                agentVersion?: (string|null);

                /** AgentHello bootId */
                bootId?: (string|null);

                /** AgentHello streamId */
                streamId?: (string|null);

                /** AgentHello firstSeq */
                firstSeq?: (number|Long|null);

                /** AgentHello lastSeq */
                lastSeq?: (number|Long|null);

                /** AgentHello platform */
                platform?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AgentHello. */
            type $Shape = zonelet.v1.AgentHello.$Properties;
        }

        /**
         * Properties of a HubWelcome.
         * @deprecated Use zonelet.v1.HubWelcome.$Properties instead.
         */
        interface IHubWelcome extends zonelet.v1.HubWelcome.$Properties {
        }

        /** Represents a HubWelcome. */
        class HubWelcome {

            /**
             * Constructs a new HubWelcome.
             * @param [p] Properties to set
             */
            constructor(p?: zonelet.v1.HubWelcome.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HubWelcome version. */
            version: number;

            /** HubWelcome ackedSeq. */
            ackedSeq: (number|Long);

            /** HubWelcome hubId. */
            hubId: string;

            /**
             * Creates a new HubWelcome instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HubWelcome instance
             */
            static create(properties: zonelet.v1.HubWelcome.$Shape): zonelet.v1.HubWelcome & zonelet.v1.HubWelcome.$Shape;
            static create(properties?: zonelet.v1.HubWelcome.$Properties): zonelet.v1.HubWelcome;

            /**
             * Encodes the specified HubWelcome message. Does not implicitly {@link zonelet.v1.HubWelcome.verify|verify} messages.
             * @param m HubWelcome message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: zonelet.v1.HubWelcome.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified HubWelcome message, length delimited. Does not implicitly {@link zonelet.v1.HubWelcome.verify|verify} messages.
             * @param message HubWelcome message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: zonelet.v1.HubWelcome.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HubWelcome message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {zonelet.v1.HubWelcome & zonelet.v1.HubWelcome.$Shape} HubWelcome
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): zonelet.v1.HubWelcome & zonelet.v1.HubWelcome.$Shape;

            /**
             * Decodes a HubWelcome message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {zonelet.v1.HubWelcome & zonelet.v1.HubWelcome.$Shape} HubWelcome
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zonelet.v1.HubWelcome & zonelet.v1.HubWelcome.$Shape;

            /**
             * Verifies a HubWelcome message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a HubWelcome message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns HubWelcome
             */
            static fromObject(d: { [k: string]: any }): zonelet.v1.HubWelcome;

            /**
             * Creates a plain object from a HubWelcome message. Also converts values to other types if specified.
             * @param m HubWelcome
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: zonelet.v1.HubWelcome, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this HubWelcome to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for HubWelcome
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace HubWelcome {

            /** Properties of a HubWelcome. */
            interface $Properties {

                /** HubWelcome version */
                version?: (number|null);

                /** HubWelcome ackedSeq */
                ackedSeq?: (number|Long|null);

                /** HubWelcome hubId */
                hubId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HubWelcome. */
            type $Shape = zonelet.v1.HubWelcome.$Properties;
        }

        /**
         * Properties of a Nic.
         * @deprecated Use zonelet.v1.Nic.$Properties instead.
         */
        interface INic extends zonelet.v1.Nic.$Properties {
        }

        /** Represents a Nic. */
        class Nic {

            /**
             * Constructs a new Nic.
             * @param [p] Properties to set
             */
            constructor(p?: zonelet.v1.Nic.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Nic interface. */
            interface: string;

            /** Nic mac. */
            mac: string;

            /** Nic ip. */
            ip: string;

            /** Nic ips. */
            ips: string[];

            /** Nic nicTag. */
            nicTag: string;

            /** Nic vlanId. */
            vlanId: number;

            /** Nic primary. */
            primary: boolean;

            /**
             * Creates a new Nic instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Nic instance
             */
            static create(properties: zonelet.v1.Nic.$Shape): zonelet.v1.Nic & zonelet.v1.Nic.$Shape;
            static create(properties?: zonelet.v1.Nic.$Properties): zonelet.v1.Nic;

            /**
             * Encodes the specified Nic message. Does not implicitly {@link zonelet.v1.Nic.verify|verify} messages.
             * @param m Nic message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: zonelet.v1.Nic.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Nic message, length delimited. Does not implicitly {@link zonelet.v1.Nic.verify|verify} messages.
             * @param message Nic message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: zonelet.v1.Nic.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Nic message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {zonelet.v1.Nic & zonelet.v1.Nic.$Shape} Nic
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): zonelet.v1.Nic & zonelet.v1.Nic.$Shape;

            /**
             * Decodes a Nic message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {zonelet.v1.Nic & zonelet.v1.Nic.$Shape} Nic
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zonelet.v1.Nic & zonelet.v1.Nic.$Shape;

            /**
             * Verifies a Nic message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a Nic message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Nic
             */
            static fromObject(d: { [k: string]: any }): zonelet.v1.Nic;

            /**
             * Creates a plain object from a Nic message. Also converts values to other types if specified.
             * @param m Nic
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: zonelet.v1.Nic, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Nic to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Nic
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Nic {

            /** Properties of a Nic. */
            interface $Properties {

                /** Nic interface */
                "interface"?: (string|null);

                /** Nic mac */
                mac?: (string|null);

                /** Nic ip */
                ip?: (string|null);

                /** Nic ips */
                ips?: (string[]|null);

                /** Nic nicTag */
                nicTag?: (string|null);

                /** Nic vlanId */
                vlanId?: (number|null);

                /** Nic primary */
                primary?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Nic. */
            type $Shape = zonelet.v1.Nic.$Properties;
        }

        /**
         * Properties of a Zone.
         * @deprecated Use zonelet.v1.Zone.$Properties instead.
         */
        interface IZone extends zonelet.v1.Zone.$Properties {
        }

        /** Represents a Zone. */
        class Zone {

            /**
             * Constructs a new Zone.
             * @param [p] Properties to set
             */
            constructor(p?: zonelet.v1.Zone.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Zone uuid. */
            uuid: string;

            /** Zone alias. */
            alias: string;

            /** Zone brand. */
            brand: string;

            /** Zone state. */
            state: string;

            /** Zone zoneState. */
            zoneState: string;

            /** Zone ownerUuid. */
            ownerUuid: string;

            /** Zone imageUuid. */
            imageUuid: string;

            /** Zone ram. */
            ram: (number|Long);

            /** Zone maxPhysicalMemory. */
            maxPhysicalMemory: (number|Long);

            /** Zone quota. */
            quota: (number|Long);

            /** Zone cpuCap. */
            cpuCap: number;

            /** Zone cpuShares. */
            cpuShares: number;

            /** Zone nics. */
            nics: zonelet.v1.Nic.$Properties[];

            /** Zone createTimestamp. */
            createTimestamp: string;

            /** Zone bootTimestamp. */
            bootTimestamp: string;

            /** Zone zoneid. */
            zoneid: number;

            /** Zone customerMetadata. */
            customerMetadata: { [k: string]: string };

            /** Zone internalMetadata. */
            internalMetadata: { [k: string]: string };

            /** Zone tags. */
            tags: { [k: string]: string };

            /**
             * Creates a new Zone instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Zone instance
             */
            static create(properties: zonelet.v1.Zone.$Shape): zonelet.v1.Zone & zonelet.v1.Zone.$Shape;
            static create(properties?: zonelet.v1.Zone.$Properties): zonelet.v1.Zone;

            /**
             * Encodes the specified Zone message. Does not implicitly {@link zonelet.v1.Zone.verify|verify} messages.
             * @param m Zone message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: zonelet.v1.Zone.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Zone message, length delimited. Does not implicitly {@link zonelet.v1.Zone.verify|verify} messages.
             * @param message Zone message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: zonelet.v1.Zone.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Zone message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {zonelet.v1.Zone & zonelet.v1.Zone.$Shape} Zone
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): zonelet.v1.Zone & zonelet.v1.Zone.$Shape;

            /**
             * Decodes a Zone message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {zonelet.v1.Zone & zonelet.v1.Zone.$Shape} Zone
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zonelet.v1.Zone & zonelet.v1.Zone.$Shape;

            /**
             * Verifies a Zone message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a Zone message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Zone
             */
            static fromObject(d: { [k: string]: any }): zonelet.v1.Zone;

            /**
             * Creates a plain object from a Zone message. Also converts values to other types if specified.
             * @param m Zone
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: zonelet.v1.Zone, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Zone to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Zone
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Zone {

            /** Properties of a Zone. */
            interface $Properties {

                /** Zone uuid */
                uuid?: (string|null);

                /** Zone alias */
                alias?: (string|null);

                /** Zone brand */
                brand?: (string|null);

                /** Zone state */
                state?: (string|null);

                /** Zone zoneState */
                zoneState?: (string|null);

                /** Zone ownerUuid */
                ownerUuid?: (string|null);

                /** Zone imageUuid */
                imageUuid?: (string|null);

                /** Zone ram */
                ram?: (number|Long|null);

                /** Zone maxPhysicalMemory */
                maxPhysicalMemory?: (number|Long|null);

                /** Zone quota */
                quota?: (number|Long|null);

                /** Zone cpuCap */
                cpuCap?: (number|null);

                /** Zone cpuShares */
                cpuShares?: (number|null);

                /** Zone nics */
                nics?: (zonelet.v1.Nic.$Properties[]|null);

                /** Zone createTimestamp */
                createTimestamp?: (string|null);

                /** Zone bootTimestamp */
                bootTimestamp?: (string|null);

                /** Zone zoneid */
                zoneid?: (number|null);

                /** Zone customerMetadata */
                customerMetadata?: ({ [k: string]: string }|null);

                /** Zone internalMetadata */
                internalMetadata?: ({ [k: string]: string }|null);

                /** Zone tags */
                tags?: ({ [k: string]: string }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Zone. */
            type $Shape = zonelet.v1.Zone.$Properties;
        }

        /**
         * Properties of a ZoneSnapshot.
         * @deprecated Use zonelet.v1.ZoneSnapshot.$Properties instead.
         */
        interface IZoneSnapshot extends zonelet.v1.ZoneSnapshot.$Properties {
        }

        /** Represents a ZoneSnapshot. */
        class ZoneSnapshot {

            /**
             * Constructs a new ZoneSnapshot.
             * @param [p] Properties to set
             */
            constructor(p?: zonelet.v1.ZoneSnapshot.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ZoneSnapshot timeMs. */
            timeMs: (number|Long);

            /** ZoneSnapshot zones. */
            zones: zonelet.v1.Zone.$Properties[];

            /**
             * Creates a new ZoneSnapshot instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ZoneSnapshot instance
             */
            static create(properties: zonelet.v1.ZoneSnapshot.$Shape): zonelet.v1.ZoneSnapshot & zonelet.v1.ZoneSnapshot.$Shape;
            static create(properties?: zonelet.v1.ZoneSnapshot.$Properties): zonelet.v1.ZoneSnapshot;

            /**
             * Encodes the specified ZoneSnapshot message. Does not implicitly {@link zonelet.v1.ZoneSnapshot.verify|verify} messages.
             * @param m ZoneSnapshot message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: zonelet.v1.ZoneSnapshot.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ZoneSnapshot message, length delimited. Does not implicitly {@link zonelet.v1.ZoneSnapshot.verify|verify} messages.
             * @param message ZoneSnapshot message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: zonelet.v1.ZoneSnapshot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ZoneSnapshot message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {zonelet.v1.ZoneSnapshot & zonelet.v1.ZoneSnapshot.$Shape} ZoneSnapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): zonelet.v1.ZoneSnapshot & zonelet.v1.ZoneSnapshot.$Shape;

            /**
             * Decodes a ZoneSnapshot message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {zonelet.v1.ZoneSnapshot & zonelet.v1.ZoneSnapshot.$Shape} ZoneSnapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zonelet.v1.ZoneSnapshot & zonelet.v1.ZoneSnapshot.$Shape;

            /**
             * Verifies a ZoneSnapshot message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a ZoneSnapshot message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ZoneSnapshot
             */
            static fromObject(d: { [k: string]: any }): zonelet.v1.ZoneSnapshot;

            /**
             * Creates a plain object from a ZoneSnapshot message. Also converts values to other types if specified.
             * @param m ZoneSnapshot
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: zonelet.v1.ZoneSnapshot, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ZoneSnapshot to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ZoneSnapshot
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ZoneSnapshot {

            /** Properties of a ZoneSnapshot. */
            interface $Properties {

                /** ZoneSnapshot timeMs */
                timeMs?: (number|Long|null);

                /** ZoneSnapshot zones */
                zones?: (zonelet.v1.Zone.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ZoneSnapshot. */
            type $Shape = zonelet.v1.ZoneSnapshot.$Properties;
        }

        /**
         * Properties of a ZoneChange.
         * @deprecated Use zonelet.v1.ZoneChange.$Properties instead.
         */
        interface IZoneChange extends zonelet.v1.ZoneChange.$Properties {
        }

        /** Represents a ZoneChange. */
        class ZoneChange {

            /**
             * Constructs a new ZoneChange.
             * @param [p] Properties to set
             */
            constructor(p?: zonelet.v1.ZoneChange.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ZoneChange timeMs. */
            timeMs: (number|Long);

            /** ZoneChange type. */
            type: zonelet.v1.ZoneChange.Type;

            /** ZoneChange uuid. */
            uuid: string;

            /** ZoneChange zone. */
            zone?: (zonelet.v1.Zone.$Properties|null);

            /** ZoneChange fields. */
            fields: string[];

            /**
             * Creates a new ZoneChange instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ZoneChange instance
             */
            static create(properties: zonelet.v1.ZoneChange.$Shape): zonelet.v1.ZoneChange & zonelet.v1.ZoneChange.$Shape;
            static create(properties?: zonelet.v1.ZoneChange.$Properties): zonelet.v1.ZoneChange;

            /**
             * Encodes the specified ZoneChange message. Does not implicitly {@link zonelet.v1.ZoneChange.verify|verify} messages.
             * @param m ZoneChange message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: zonelet.v1.ZoneChange.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ZoneChange message, length delimited. Does not implicitly {@link zonelet.v1.ZoneChange.verify|verify} messages.
             * @param message ZoneChange message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: zonelet.v1.ZoneChange.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ZoneChange message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {zonelet.v1.ZoneChange & zonelet.v1.ZoneChange.$Shape} ZoneChange
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): zonelet.v1.ZoneChange & zonelet.v1.ZoneChange.$Shape;

            /**
             * Decodes a ZoneChange message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {zonelet.v1.ZoneChange & zonelet.v1.ZoneChange.$Shape} ZoneChange
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zonelet.v1.ZoneChange & zonelet.v1.ZoneChange.$Shape;

            /**
             * Verifies a ZoneChange message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a ZoneChange message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ZoneChange
             */
            static fromObject(d: { [k: string]: any }): zonelet.v1.ZoneChange;

            /**
             * Creates a plain object from a ZoneChange message. Also converts values to other types if specified.
             * @param m ZoneChange
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: zonelet.v1.ZoneChange, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ZoneChange to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ZoneChange
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ZoneChange {

            /** Properties of a ZoneChange. */
            interface $Properties {

                /** ZoneChange timeMs */
                timeMs?: (number|Long|null);

                /** ZoneChange type */
                type?: (zonelet.v1.ZoneChange.Type|null);

                /** ZoneChange uuid */
                uuid?: (string|null);

                /** ZoneChange zone */
                zone?: (zonelet.v1.Zone.$Properties|null);

                /** ZoneChange fields */
                fields?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ZoneChange. */
            type $Shape = zonelet.v1.ZoneChange.$Properties;

            /** Type enum. */
            enum Type {

                /** TYPE_UNSPECIFIED value */
                TYPE_UNSPECIFIED = 0,

                /** CREATE value */
                CREATE = 1,

                /** MODIFY value */
                MODIFY = 2,

                /** DELETE value */
                DELETE = 3
            }
        }

        /**
         * Properties of a Label.
         * @deprecated Use zonelet.v1.Label.$Properties instead.
         */
        interface ILabel extends zonelet.v1.Label.$Properties {
        }

        /** Represents a Label. */
        class Label {

            /**
             * Constructs a new Label.
             * @param [p] Properties to set
             */
            constructor(p?: zonelet.v1.Label.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Label name. */
            name: string;

            /** Label value. */
            value: string;

            /**
             * Creates a new Label instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Label instance
             */
            static create(properties: zonelet.v1.Label.$Shape): zonelet.v1.Label & zonelet.v1.Label.$Shape;
            static create(properties?: zonelet.v1.Label.$Properties): zonelet.v1.Label;

            /**
             * Encodes the specified Label message. Does not implicitly {@link zonelet.v1.Label.verify|verify} messages.
             * @param m Label message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: zonelet.v1.Label.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Label message, length delimited. Does not implicitly {@link zonelet.v1.Label.verify|verify} messages.
             * @param message Label message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: zonelet.v1.Label.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Label message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {zonelet.v1.Label & zonelet.v1.Label.$Shape} Label
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): zonelet.v1.Label & zonelet.v1.Label.$Shape;

            /**
             * Decodes a Label message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {zonelet.v1.Label & zonelet.v1.Label.$Shape} Label
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zonelet.v1.Label & zonelet.v1.Label.$Shape;

            /**
             * Verifies a Label message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a Label message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Label
             */
            static fromObject(d: { [k: string]: any }): zonelet.v1.Label;

            /**
             * Creates a plain object from a Label message. Also converts values to other types if specified.
             * @param m Label
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: zonelet.v1.Label, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Label to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Label
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Label {

            /** Properties of a Label. */
            interface $Properties {

                /** Label name */
                name?: (string|null);

                /** Label value */
                value?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Label. */
            type $Shape = zonelet.v1.Label.$Properties;
        }

        /**
         * Properties of a SeriesDef.
         * @deprecated Use zonelet.v1.SeriesDef.$Properties instead.
         */
        interface ISeriesDef extends zonelet.v1.SeriesDef.$Properties {
        }

        /** Represents a SeriesDef. */
        class SeriesDef {

            /**
             * Constructs a new SeriesDef.
             * @param [p] Properties to set
             */
            constructor(p?: zonelet.v1.SeriesDef.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SeriesDef id. */
            id: number;

            /** SeriesDef zone. */
            zone: string;

            /** SeriesDef name. */
            name: string;

            /** SeriesDef labels. */
            labels: zonelet.v1.Label.$Properties[];

            /** SeriesDef kind. */
            kind: zonelet.v1.SeriesDef.Kind;

            /**
             * Creates a new SeriesDef instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SeriesDef instance
             */
            static create(properties: zonelet.v1.SeriesDef.$Shape): zonelet.v1.SeriesDef & zonelet.v1.SeriesDef.$Shape;
            static create(properties?: zonelet.v1.SeriesDef.$Properties): zonelet.v1.SeriesDef;

            /**
             * Encodes the specified SeriesDef message. Does not implicitly {@link zonelet.v1.SeriesDef.verify|verify} messages.
             * @param m SeriesDef message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: zonelet.v1.SeriesDef.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SeriesDef message, length delimited. Does not implicitly {@link zonelet.v1.SeriesDef.verify|verify} messages.
             * @param message SeriesDef message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: zonelet.v1.SeriesDef.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SeriesDef message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {zonelet.v1.SeriesDef & zonelet.v1.SeriesDef.$Shape} SeriesDef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): zonelet.v1.SeriesDef & zonelet.v1.SeriesDef.$Shape;

            /**
             * Decodes a SeriesDef message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {zonelet.v1.SeriesDef & zonelet.v1.SeriesDef.$Shape} SeriesDef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zonelet.v1.SeriesDef & zonelet.v1.SeriesDef.$Shape;

            /**
             * Verifies a SeriesDef message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a SeriesDef message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns SeriesDef
             */
            static fromObject(d: { [k: string]: any }): zonelet.v1.SeriesDef;

            /**
             * Creates a plain object from a SeriesDef message. Also converts values to other types if specified.
             * @param m SeriesDef
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: zonelet.v1.SeriesDef, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SeriesDef to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SeriesDef
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SeriesDef {

            /** Properties of a SeriesDef. */
            interface $Properties {

                /** SeriesDef id */
                id?: (number|null);

                /** SeriesDef zone */
                zone?: (string|null);

                /** SeriesDef name */
                name?: (string|null);

                /** SeriesDef labels */
                labels?: (zonelet.v1.Label.$Properties[]|null);

                /** SeriesDef kind */
                kind?: (zonelet.v1.SeriesDef.Kind|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SeriesDef. */
            type $Shape = zonelet.v1.SeriesDef.$Properties;

            /** Kind enum. */
            enum Kind {

                /** KIND_UNSPECIFIED value */
                KIND_UNSPECIFIED = 0,

                /** INT value */
                INT = 1,

                /** FLOAT value */
                FLOAT = 2
            }
        }

        /**
         * Properties of a SeriesDictionary.
         * @deprecated Use zonelet.v1.SeriesDictionary.$Properties instead.
         */
        interface ISeriesDictionary extends zonelet.v1.SeriesDictionary.$Properties {
        }

        /** Represents a SeriesDictionary. */
        class SeriesDictionary {

            /**
             * Constructs a new SeriesDictionary.
             * @param [p] Properties to set
             */
            constructor(p?: zonelet.v1.SeriesDictionary.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SeriesDictionary epoch. */
            epoch: number;

            /** SeriesDictionary reset. */
            reset: boolean;

            /** SeriesDictionary defs. */
            defs: zonelet.v1.SeriesDef.$Properties[];

            /** SeriesDictionary retired. */
            retired: number[];

            /**
             * Creates a new SeriesDictionary instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SeriesDictionary instance
             */
            static create(properties: zonelet.v1.SeriesDictionary.$Shape): zonelet.v1.SeriesDictionary & zonelet.v1.SeriesDictionary.$Shape;
            static create(properties?: zonelet.v1.SeriesDictionary.$Properties): zonelet.v1.SeriesDictionary;

            /**
             * Encodes the specified SeriesDictionary message. Does not implicitly {@link zonelet.v1.SeriesDictionary.verify|verify} messages.
             * @param m SeriesDictionary message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: zonelet.v1.SeriesDictionary.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SeriesDictionary message, length delimited. Does not implicitly {@link zonelet.v1.SeriesDictionary.verify|verify} messages.
             * @param message SeriesDictionary message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: zonelet.v1.SeriesDictionary.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SeriesDictionary message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {zonelet.v1.SeriesDictionary & zonelet.v1.SeriesDictionary.$Shape} SeriesDictionary
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): zonelet.v1.SeriesDictionary & zonelet.v1.SeriesDictionary.$Shape;

            /**
             * Decodes a SeriesDictionary message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {zonelet.v1.SeriesDictionary & zonelet.v1.SeriesDictionary.$Shape} SeriesDictionary
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zonelet.v1.SeriesDictionary & zonelet.v1.SeriesDictionary.$Shape;

            /**
             * Verifies a SeriesDictionary message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a SeriesDictionary message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns SeriesDictionary
             */
            static fromObject(d: { [k: string]: any }): zonelet.v1.SeriesDictionary;

            /**
             * Creates a plain object from a SeriesDictionary message. Also converts values to other types if specified.
             * @param m SeriesDictionary
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: zonelet.v1.SeriesDictionary, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SeriesDictionary to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SeriesDictionary
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SeriesDictionary {

            /** Properties of a SeriesDictionary. */
            interface $Properties {

                /** SeriesDictionary epoch */
                epoch?: (number|null);

                /** SeriesDictionary reset */
                reset?: (boolean|null);

                /** SeriesDictionary defs */
                defs?: (zonelet.v1.SeriesDef.$Properties[]|null);

                /** SeriesDictionary retired */
                retired?: (number[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SeriesDictionary. */
            type $Shape = zonelet.v1.SeriesDictionary.$Properties;
        }

        /**
         * Properties of a MetricsBatch.
         * @deprecated Use zonelet.v1.MetricsBatch.$Properties instead.
         */
        interface IMetricsBatch extends zonelet.v1.MetricsBatch.$Properties {
        }

        /** Represents a MetricsBatch. */
        class MetricsBatch {

            /**
             * Constructs a new MetricsBatch.
             * @param [p] Properties to set
             */
            constructor(p?: zonelet.v1.MetricsBatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MetricsBatch batch. */
            batch: (number|Long);

            /** MetricsBatch epoch. */
            epoch: number;

            /** MetricsBatch keyframe. */
            keyframe: boolean;

            /** MetricsBatch timeMs. */
            timeMs: (number|Long);

            /** MetricsBatch intIds. */
            intIds: number[];

            /** MetricsBatch intValues. */
            intValues: (number|Long)[];

            /** MetricsBatch floatIds. */
            floatIds: number[];

            /** MetricsBatch floatValues. */
            floatValues: number[];

            /**
             * Creates a new MetricsBatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MetricsBatch instance
             */
            static create(properties: zonelet.v1.MetricsBatch.$Shape): zonelet.v1.MetricsBatch & zonelet.v1.MetricsBatch.$Shape;
            static create(properties?: zonelet.v1.MetricsBatch.$Properties): zonelet.v1.MetricsBatch;

            /**
             * Encodes the specified MetricsBatch message. Does not implicitly {@link zonelet.v1.MetricsBatch.verify|verify} messages.
             * @param m MetricsBatch message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: zonelet.v1.MetricsBatch.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified MetricsBatch message, length delimited. Does not implicitly {@link zonelet.v1.MetricsBatch.verify|verify} messages.
             * @param message MetricsBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: zonelet.v1.MetricsBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MetricsBatch message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {zonelet.v1.MetricsBatch & zonelet.v1.MetricsBatch.$Shape} MetricsBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): zonelet.v1.MetricsBatch & zonelet.v1.MetricsBatch.$Shape;

            /**
             * Decodes a MetricsBatch message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {zonelet.v1.MetricsBatch & zonelet.v1.MetricsBatch.$Shape} MetricsBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zonelet.v1.MetricsBatch & zonelet.v1.MetricsBatch.$Shape;

            /**
             * Verifies a MetricsBatch message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a MetricsBatch message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns MetricsBatch
             */
            static fromObject(d: { [k: string]: any }): zonelet.v1.MetricsBatch;

            /**
             * Creates a plain object from a MetricsBatch message. Also converts values to other types if specified.
             * @param m MetricsBatch
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: zonelet.v1.MetricsBatch, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MetricsBatch to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MetricsBatch
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MetricsBatch {

            /** Properties of a MetricsBatch. */
            interface $Properties {

                /** MetricsBatch batch */
                batch?: (number|Long|null);

                /** MetricsBatch epoch */
                epoch?: (number|null);

                /** MetricsBatch keyframe */
                keyframe?: (boolean|null);

                /** MetricsBatch timeMs */
                timeMs?: (number|Long|null);

                /** MetricsBatch intIds */
                intIds?: (number[]|null);

                /** MetricsBatch intValues */
                intValues?: ((number|Long)[]|null);

                /** MetricsBatch floatIds */
                floatIds?: (number[]|null);

                /** MetricsBatch floatValues */
                floatValues?: (number[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MetricsBatch. */
            type $Shape = zonelet.v1.MetricsBatch.$Properties;
        }

        /**
         * Properties of a Gap.
         * @deprecated Use zonelet.v1.Gap.$Properties instead.
         */
        interface IGap extends zonelet.v1.Gap.$Properties {
        }

        /** Represents a Gap. */
        class Gap {

            /**
             * Constructs a new Gap.
             * @param [p] Properties to set
             */
            constructor(p?: zonelet.v1.Gap.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Gap firstBatch. */
            firstBatch: (number|Long);

            /** Gap lastBatch. */
            lastBatch: (number|Long);

            /** Gap droppedBatches. */
            droppedBatches: (number|Long);

            /** Gap reason. */
            reason: string;

            /** Gap droppedZoneMessages. */
            droppedZoneMessages: (number|Long);

            /**
             * Creates a new Gap instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Gap instance
             */
            static create(properties: zonelet.v1.Gap.$Shape): zonelet.v1.Gap & zonelet.v1.Gap.$Shape;
            static create(properties?: zonelet.v1.Gap.$Properties): zonelet.v1.Gap;

            /**
             * Encodes the specified Gap message. Does not implicitly {@link zonelet.v1.Gap.verify|verify} messages.
             * @param m Gap message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: zonelet.v1.Gap.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Gap message, length delimited. Does not implicitly {@link zonelet.v1.Gap.verify|verify} messages.
             * @param message Gap message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: zonelet.v1.Gap.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Gap message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {zonelet.v1.Gap & zonelet.v1.Gap.$Shape} Gap
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): zonelet.v1.Gap & zonelet.v1.Gap.$Shape;

            /**
             * Decodes a Gap message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {zonelet.v1.Gap & zonelet.v1.Gap.$Shape} Gap
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zonelet.v1.Gap & zonelet.v1.Gap.$Shape;

            /**
             * Verifies a Gap message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a Gap message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Gap
             */
            static fromObject(d: { [k: string]: any }): zonelet.v1.Gap;

            /**
             * Creates a plain object from a Gap message. Also converts values to other types if specified.
             * @param m Gap
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: zonelet.v1.Gap, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Gap to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Gap
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Gap {

            /** Properties of a Gap. */
            interface $Properties {

                /** Gap firstBatch */
                firstBatch?: (number|Long|null);

                /** Gap lastBatch */
                lastBatch?: (number|Long|null);

                /** Gap droppedBatches */
                droppedBatches?: (number|Long|null);

                /** Gap reason */
                reason?: (string|null);

                /** Gap droppedZoneMessages */
                droppedZoneMessages?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Gap. */
            type $Shape = zonelet.v1.Gap.$Properties;
        }

        /**
         * Properties of a HostStatus.
         * @deprecated Use zonelet.v1.HostStatus.$Properties instead.
         */
        interface IHostStatus extends zonelet.v1.HostStatus.$Properties {
        }

        /** Represents a HostStatus. */
        class HostStatus {

            /**
             * Constructs a new HostStatus.
             * @param [p] Properties to set
             */
            constructor(p?: zonelet.v1.HostStatus.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HostStatus timeMs. */
            timeMs: (number|Long);

            /** HostStatus uptimeSeconds. */
            uptimeSeconds: (number|Long);

            /** HostStatus zonesTotal. */
            zonesTotal: number;

            /** HostStatus zonesRunning. */
            zonesRunning: number;

            /** HostStatus spoolBytes. */
            spoolBytes: (number|Long);

            /** HostStatus droppedBatchesTotal. */
            droppedBatchesTotal: (number|Long);

            /**
             * Creates a new HostStatus instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HostStatus instance
             */
            static create(properties: zonelet.v1.HostStatus.$Shape): zonelet.v1.HostStatus & zonelet.v1.HostStatus.$Shape;
            static create(properties?: zonelet.v1.HostStatus.$Properties): zonelet.v1.HostStatus;

            /**
             * Encodes the specified HostStatus message. Does not implicitly {@link zonelet.v1.HostStatus.verify|verify} messages.
             * @param m HostStatus message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: zonelet.v1.HostStatus.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified HostStatus message, length delimited. Does not implicitly {@link zonelet.v1.HostStatus.verify|verify} messages.
             * @param message HostStatus message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: zonelet.v1.HostStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HostStatus message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {zonelet.v1.HostStatus & zonelet.v1.HostStatus.$Shape} HostStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): zonelet.v1.HostStatus & zonelet.v1.HostStatus.$Shape;

            /**
             * Decodes a HostStatus message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {zonelet.v1.HostStatus & zonelet.v1.HostStatus.$Shape} HostStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zonelet.v1.HostStatus & zonelet.v1.HostStatus.$Shape;

            /**
             * Verifies a HostStatus message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a HostStatus message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns HostStatus
             */
            static fromObject(d: { [k: string]: any }): zonelet.v1.HostStatus;

            /**
             * Creates a plain object from a HostStatus message. Also converts values to other types if specified.
             * @param m HostStatus
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: zonelet.v1.HostStatus, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this HostStatus to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for HostStatus
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace HostStatus {

            /** Properties of a HostStatus. */
            interface $Properties {

                /** HostStatus timeMs */
                timeMs?: (number|Long|null);

                /** HostStatus uptimeSeconds */
                uptimeSeconds?: (number|Long|null);

                /** HostStatus zonesTotal */
                zonesTotal?: (number|null);

                /** HostStatus zonesRunning */
                zonesRunning?: (number|null);

                /** HostStatus spoolBytes */
                spoolBytes?: (number|Long|null);

                /** HostStatus droppedBatchesTotal */
                droppedBatchesTotal?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HostStatus. */
            type $Shape = zonelet.v1.HostStatus.$Properties;
        }

        /**
         * Properties of a Command.
         * @deprecated Use zonelet.v1.Command.$Properties instead.
         */
        interface ICommand extends zonelet.v1.Command.$Properties {
        }

        /** Represents a Command. */
        class Command {

            /**
             * Constructs a new Command.
             * @param [p] Properties to set
             */
            constructor(p?: zonelet.v1.Command.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Command id. */
            id: string;

            /** Command action. */
            action: string;

            /** Command zoneUuid. */
            zoneUuid: string;

            /** Command payloadJson. */
            payloadJson: string;

            /** Command deadlineMs. */
            deadlineMs: (number|Long);

            /** Command issuedMs. */
            issuedMs: (number|Long);

            /**
             * Creates a new Command instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Command instance
             */
            static create(properties: zonelet.v1.Command.$Shape): zonelet.v1.Command & zonelet.v1.Command.$Shape;
            static create(properties?: zonelet.v1.Command.$Properties): zonelet.v1.Command;

            /**
             * Encodes the specified Command message. Does not implicitly {@link zonelet.v1.Command.verify|verify} messages.
             * @param m Command message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: zonelet.v1.Command.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Command message, length delimited. Does not implicitly {@link zonelet.v1.Command.verify|verify} messages.
             * @param message Command message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: zonelet.v1.Command.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Command message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {zonelet.v1.Command & zonelet.v1.Command.$Shape} Command
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): zonelet.v1.Command & zonelet.v1.Command.$Shape;

            /**
             * Decodes a Command message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {zonelet.v1.Command & zonelet.v1.Command.$Shape} Command
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zonelet.v1.Command & zonelet.v1.Command.$Shape;

            /**
             * Verifies a Command message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a Command message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Command
             */
            static fromObject(d: { [k: string]: any }): zonelet.v1.Command;

            /**
             * Creates a plain object from a Command message. Also converts values to other types if specified.
             * @param m Command
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: zonelet.v1.Command, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Command to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Command
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Command {

            /** Properties of a Command. */
            interface $Properties {

                /** Command id */
                id?: (string|null);

                /** Command action */
                action?: (string|null);

                /** Command zoneUuid */
                zoneUuid?: (string|null);

                /** Command payloadJson */
                payloadJson?: (string|null);

                /** Command deadlineMs */
                deadlineMs?: (number|Long|null);

                /** Command issuedMs */
                issuedMs?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Command. */
            type $Shape = zonelet.v1.Command.$Properties;
        }

        /**
         * Properties of a CommandProgress.
         * @deprecated Use zonelet.v1.CommandProgress.$Properties instead.
         */
        interface ICommandProgress extends zonelet.v1.CommandProgress.$Properties {
        }

        /** Represents a CommandProgress. */
        class CommandProgress {

            /**
             * Constructs a new CommandProgress.
             * @param [p] Properties to set
             */
            constructor(p?: zonelet.v1.CommandProgress.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CommandProgress id. */
            id: string;

            /** CommandProgress timeMs. */
            timeMs: (number|Long);

            /** CommandProgress phase. */
            phase: string;

            /** CommandProgress message. */
            message: string;

            /**
             * Creates a new CommandProgress instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CommandProgress instance
             */
            static create(properties: zonelet.v1.CommandProgress.$Shape): zonelet.v1.CommandProgress & zonelet.v1.CommandProgress.$Shape;
            static create(properties?: zonelet.v1.CommandProgress.$Properties): zonelet.v1.CommandProgress;

            /**
             * Encodes the specified CommandProgress message. Does not implicitly {@link zonelet.v1.CommandProgress.verify|verify} messages.
             * @param m CommandProgress message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: zonelet.v1.CommandProgress.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CommandProgress message, length delimited. Does not implicitly {@link zonelet.v1.CommandProgress.verify|verify} messages.
             * @param message CommandProgress message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: zonelet.v1.CommandProgress.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CommandProgress message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {zonelet.v1.CommandProgress & zonelet.v1.CommandProgress.$Shape} CommandProgress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): zonelet.v1.CommandProgress & zonelet.v1.CommandProgress.$Shape;

            /**
             * Decodes a CommandProgress message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {zonelet.v1.CommandProgress & zonelet.v1.CommandProgress.$Shape} CommandProgress
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zonelet.v1.CommandProgress & zonelet.v1.CommandProgress.$Shape;

            /**
             * Verifies a CommandProgress message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a CommandProgress message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns CommandProgress
             */
            static fromObject(d: { [k: string]: any }): zonelet.v1.CommandProgress;

            /**
             * Creates a plain object from a CommandProgress message. Also converts values to other types if specified.
             * @param m CommandProgress
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: zonelet.v1.CommandProgress, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CommandProgress to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CommandProgress
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CommandProgress {

            /** Properties of a CommandProgress. */
            interface $Properties {

                /** CommandProgress id */
                id?: (string|null);

                /** CommandProgress timeMs */
                timeMs?: (number|Long|null);

                /** CommandProgress phase */
                phase?: (string|null);

                /** CommandProgress message */
                message?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CommandProgress. */
            type $Shape = zonelet.v1.CommandProgress.$Properties;
        }

        /**
         * Properties of a CommandResult.
         * @deprecated Use zonelet.v1.CommandResult.$Properties instead.
         */
        interface ICommandResult extends zonelet.v1.CommandResult.$Properties {
        }

        /** Represents a CommandResult. */
        class CommandResult {

            /**
             * Constructs a new CommandResult.
             * @param [p] Properties to set
             */
            constructor(p?: zonelet.v1.CommandResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CommandResult id. */
            id: string;

            /** CommandResult timeMs. */
            timeMs: (number|Long);

            /** CommandResult status. */
            status: zonelet.v1.CommandResult.Status;

            /** CommandResult message. */
            message: string;

            /** CommandResult zoneUuid. */
            zoneUuid: string;

            /** CommandResult detailJson. */
            detailJson: string;

            /**
             * Creates a new CommandResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CommandResult instance
             */
            static create(properties: zonelet.v1.CommandResult.$Shape): zonelet.v1.CommandResult & zonelet.v1.CommandResult.$Shape;
            static create(properties?: zonelet.v1.CommandResult.$Properties): zonelet.v1.CommandResult;

            /**
             * Encodes the specified CommandResult message. Does not implicitly {@link zonelet.v1.CommandResult.verify|verify} messages.
             * @param m CommandResult message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: zonelet.v1.CommandResult.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CommandResult message, length delimited. Does not implicitly {@link zonelet.v1.CommandResult.verify|verify} messages.
             * @param message CommandResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: zonelet.v1.CommandResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CommandResult message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {zonelet.v1.CommandResult & zonelet.v1.CommandResult.$Shape} CommandResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): zonelet.v1.CommandResult & zonelet.v1.CommandResult.$Shape;

            /**
             * Decodes a CommandResult message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {zonelet.v1.CommandResult & zonelet.v1.CommandResult.$Shape} CommandResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zonelet.v1.CommandResult & zonelet.v1.CommandResult.$Shape;

            /**
             * Verifies a CommandResult message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a CommandResult message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns CommandResult
             */
            static fromObject(d: { [k: string]: any }): zonelet.v1.CommandResult;

            /**
             * Creates a plain object from a CommandResult message. Also converts values to other types if specified.
             * @param m CommandResult
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: zonelet.v1.CommandResult, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CommandResult to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CommandResult
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CommandResult {

            /** Properties of a CommandResult. */
            interface $Properties {

                /** CommandResult id */
                id?: (string|null);

                /** CommandResult timeMs */
                timeMs?: (number|Long|null);

                /** CommandResult status */
                status?: (zonelet.v1.CommandResult.Status|null);

                /** CommandResult message */
                message?: (string|null);

                /** CommandResult zoneUuid */
                zoneUuid?: (string|null);

                /** CommandResult detailJson */
                detailJson?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CommandResult. */
            type $Shape = zonelet.v1.CommandResult.$Properties;

            /** Status enum. */
            enum Status {

                /** STATUS_UNSPECIFIED value */
                STATUS_UNSPECIFIED = 0,

                /** OK value */
                OK = 1,

                /** FAILED value */
                FAILED = 2,

                /** REFUSED value */
                REFUSED = 3,

                /** EXPIRED value */
                EXPIRED = 4,

                /** UNKNOWN value */
                UNKNOWN = 5
            }
        }

        /**
         * Properties of an Ack.
         * @deprecated Use zonelet.v1.Ack.$Properties instead.
         */
        interface IAck extends zonelet.v1.Ack.$Properties {
        }

        /** Represents an Ack. */
        class Ack {

            /**
             * Constructs a new Ack.
             * @param [p] Properties to set
             */
            constructor(p?: zonelet.v1.Ack.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Ack seq. */
            seq: (number|Long);

            /**
             * Creates a new Ack instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Ack instance
             */
            static create(properties: zonelet.v1.Ack.$Shape): zonelet.v1.Ack & zonelet.v1.Ack.$Shape;
            static create(properties?: zonelet.v1.Ack.$Properties): zonelet.v1.Ack;

            /**
             * Encodes the specified Ack message. Does not implicitly {@link zonelet.v1.Ack.verify|verify} messages.
             * @param m Ack message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: zonelet.v1.Ack.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Ack message, length delimited. Does not implicitly {@link zonelet.v1.Ack.verify|verify} messages.
             * @param message Ack message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: zonelet.v1.Ack.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Ack message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {zonelet.v1.Ack & zonelet.v1.Ack.$Shape} Ack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): zonelet.v1.Ack & zonelet.v1.Ack.$Shape;

            /**
             * Decodes an Ack message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {zonelet.v1.Ack & zonelet.v1.Ack.$Shape} Ack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zonelet.v1.Ack & zonelet.v1.Ack.$Shape;

            /**
             * Verifies an Ack message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates an Ack message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Ack
             */
            static fromObject(d: { [k: string]: any }): zonelet.v1.Ack;

            /**
             * Creates a plain object from an Ack message. Also converts values to other types if specified.
             * @param m Ack
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: zonelet.v1.Ack, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Ack to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Ack
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Ack {

            /** Properties of an Ack. */
            interface $Properties {

                /** Ack seq */
                seq?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Ack. */
            type $Shape = zonelet.v1.Ack.$Properties;
        }

        /**
         * Properties of an Error.
         * @deprecated Use zonelet.v1.Error.$Properties instead.
         */
        interface IError extends zonelet.v1.Error.$Properties {
        }

        /** Represents an Error. */
        class Error {

            /**
             * Constructs a new Error.
             * @param [p] Properties to set
             */
            constructor(p?: zonelet.v1.Error.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Error code. */
            code: zonelet.v1.Error.Code;

            /** Error message. */
            message: string;

            /**
             * Creates a new Error instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Error instance
             */
            static create(properties: zonelet.v1.Error.$Shape): zonelet.v1.Error & zonelet.v1.Error.$Shape;
            static create(properties?: zonelet.v1.Error.$Properties): zonelet.v1.Error;

            /**
             * Encodes the specified Error message. Does not implicitly {@link zonelet.v1.Error.verify|verify} messages.
             * @param m Error message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: zonelet.v1.Error.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Error message, length delimited. Does not implicitly {@link zonelet.v1.Error.verify|verify} messages.
             * @param message Error message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: zonelet.v1.Error.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Error message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {zonelet.v1.Error & zonelet.v1.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): zonelet.v1.Error & zonelet.v1.Error.$Shape;

            /**
             * Decodes an Error message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {zonelet.v1.Error & zonelet.v1.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): zonelet.v1.Error & zonelet.v1.Error.$Shape;

            /**
             * Verifies an Error message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates an Error message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Error
             */
            static fromObject(d: { [k: string]: any }): zonelet.v1.Error;

            /**
             * Creates a plain object from an Error message. Also converts values to other types if specified.
             * @param m Error
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: zonelet.v1.Error, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Error to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Error
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Error {

            /** Properties of an Error. */
            interface $Properties {

                /** Error code */
                code?: (zonelet.v1.Error.Code|null);

                /** Error message */
                message?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Error. */
            type $Shape = zonelet.v1.Error.$Properties;

            /** Code enum. */
            enum Code {

                /** CODE_UNSPECIFIED value */
                CODE_UNSPECIFIED = 0,

                /** BAD_FRAME value */
                BAD_FRAME = 1,

                /** UNSUPPORTED_VERSION value */
                UNSUPPORTED_VERSION = 2,

                /** UNAUTHENTICATED value */
                UNAUTHENTICATED = 3,

                /** PROTOCOL value */
                PROTOCOL = 4,

                /** INTERNAL value */
                INTERNAL = 5
            }
        }
    }
}
